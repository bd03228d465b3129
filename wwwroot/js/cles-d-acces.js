// Passkeys (WebAuthn) for /compte/cles-d-acces and /compte/connexion. Served from this site (no CDN): asks the server
// for the ceremony options, lets the browser create or use the key, then submits the answer with the page's form.
(function () {
    'use strict';

    function fromBase64Url(value) {
        var base64 = value.replace(/-/g, '+').replace(/_/g, '/');
        while (base64.length % 4) base64 += '=';
        var binary = atob(base64);
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        return bytes.buffer;
    }

    function toBase64Url(buffer) {
        var bytes = new Uint8Array(buffer);
        var binary = '';
        for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
        return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function creationOptions(json) {
        if (window.PublicKeyCredential && PublicKeyCredential.parseCreationOptionsFromJSON) return PublicKeyCredential.parseCreationOptionsFromJSON(json);
        json.challenge = fromBase64Url(json.challenge);
        json.user.id = fromBase64Url(json.user.id);
        (json.excludeCredentials || []).forEach(function (c) { c.id = fromBase64Url(c.id); });
        return json;
    }

    function requestOptions(json) {
        if (window.PublicKeyCredential && PublicKeyCredential.parseRequestOptionsFromJSON) return PublicKeyCredential.parseRequestOptionsFromJSON(json);
        json.challenge = fromBase64Url(json.challenge);
        (json.allowCredentials || []).forEach(function (c) { c.id = fromBase64Url(c.id); });
        return json;
    }

    function credentialJson(credential) {
        if (typeof credential.toJSON === 'function') return JSON.stringify(credential.toJSON());
        var r = credential.response;
        var response = { clientDataJSON: toBase64Url(r.clientDataJSON) };
        if (r.attestationObject) {
            response.attestationObject = toBase64Url(r.attestationObject);
            response.transports = r.getTransports ? r.getTransports() : [];
        }
        if (r.authenticatorData) {
            response.authenticatorData = toBase64Url(r.authenticatorData);
            response.signature = toBase64Url(r.signature);
            response.userHandle = r.userHandle ? toBase64Url(r.userHandle) : null;
        }
        return JSON.stringify({
            id: credential.id, rawId: toBase64Url(credential.rawId), type: credential.type,
            authenticatorAttachment: credential.authenticatorAttachment || null,
            clientExtensionResults: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {},
            response: response
        });
    }

    function fetchOptions(form) {
        var token = form.querySelector('input[name="__RequestVerificationToken"]');
        var body = new FormData();
        if (token) body.append('__RequestVerificationToken', token.value);
        return fetch(form.getAttribute('data-options'), { method: 'POST', body: body, credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) throw new Error('options ' + response.status);
                return response.json();
            });
    }

    function wire(form, answerField, statusField, ceremony) {
        if (!form) return;
        var status = document.getElementById(statusField);
        if (!window.PublicKeyCredential || !navigator.credentials) {
            if (status) status.textContent = "Ce navigateur ne gère pas les clés d'accès.";
            var button = form.querySelector('button');
            if (button) button.disabled = true;
            return;
        }
        form.addEventListener('submit', function (event) {
            var answer = document.getElementById(answerField);
            if (answer.value) return; // the second, real submission
            event.preventDefault();
            if (status) status.textContent = "Suivez les indications de votre appareil…";
            fetchOptions(form)
                .then(ceremony)
                .then(function (credential) {
                    answer.value = credentialJson(credential);
                    form.submit();
                })
                .catch(function () {
                    if (status) status.textContent = "L'opération a été annulée ou n'a pas abouti. Vous pouvez réessayer.";
                });
        });
    }

    wire(document.getElementById('ajout-cle'), 'cle-reponse', 'cle-etat', function (options) {
        return navigator.credentials.create({ publicKey: creationOptions(options) });
    });
    wire(document.getElementById('connexion-cle'), 'cle-assertion', 'cle-connexion-etat', function (options) {
        return navigator.credentials.get({ publicKey: requestOptions(options) });
    });
})();
