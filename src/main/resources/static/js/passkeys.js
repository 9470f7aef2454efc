// Passkeys: the two WebAuthn ceremonies, which only a script can start (the browser's navigator.credentials).
// Each part of a page that uses them is hidden until this script finds a browser that can make passkeys; without
// JavaScript the page says what needs it, and everything else on it works.
//  - [data-passkey-add]: a form that adds a passkey to the signed-in member's account.
//  - [data-passkey-sign-in]: a button that signs in (or passes the second factor) with a passkey.
(function () {
    function toBytes(base64url) {
        var text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
        var bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; i++) {
            bytes[i] = text.charCodeAt(i);
        }
        return bytes.buffer;
    }

    function toText(buffer) {
        var bytes = new Uint8Array(buffer);
        var text = '';
        for (var i = 0; i < bytes.length; i++) {
            text += String.fromCharCode(bytes[i]);
        }
        return btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    }

    function post(element, url, body) {
        var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
        headers[element.dataset.csrfHeader] = element.dataset.csrfToken;
        return fetch(url, {method: 'POST', headers: headers, credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body)});
    }

    function say(status, message) {
        if (status) {
            status.textContent = message;
        }
    }

    function descriptors(list) {
        return (list || []).map(function (item) {
            return Object.assign({}, item, {id: toBytes(item.id)});
        });
    }

    function setUpAdding(form) {
        var input = form.querySelector('input[name="label"]');
        var error = form.querySelector('.invalid-message');
        var field = input.closest('.mb-3');
        var status = form.querySelector('[role="status"]');
        function fieldError(message) {
            error.hidden = !message;
            error.lastChild.textContent = message ? ' ' + message : '';
            field.classList.toggle('field-error', !!message);
            input.classList.toggle('is-invalid', !!message);
            if (message) {
                input.setAttribute('aria-invalid', 'true');
                input.setAttribute('aria-describedby', error.id);
                input.focus();
            } else {
                input.removeAttribute('aria-invalid');
                input.removeAttribute('aria-describedby');
            }
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            fieldError(null);
            if (!input.value.trim()) {
                fieldError('Give the passkey a name, such as the device it is on');
                return;
            }
            say(status, 'Follow your browser’s steps to make the passkey…');
            post(form, form.dataset.options).then(function (response) {
                return response.json().then(function (body) {
                    if (!response.ok) {
                        throw new Error(body.detail || 'The passkey could not be started. Try again.');
                    }
                    return body;
                });
            }).then(function (options) {
                options.challenge = toBytes(options.challenge);
                options.user = Object.assign({}, options.user, {id: toBytes(options.user.id)});
                options.excludeCredentials = descriptors(options.excludeCredentials);
                return navigator.credentials.create({publicKey: options}).catch(function () {
                    throw new Error('No passkey was made: the browser’s steps were cancelled, or this device already has a passkey for your account.');
                });
            }).then(function (made) {
                var credential = {
                    id: made.id,
                    rawId: toText(made.rawId),
                    type: made.type,
                    response: {
                        attestationObject: toText(made.response.attestationObject),
                        clientDataJSON: toText(made.response.clientDataJSON),
                        transports: made.response.getTransports ? made.response.getTransports() : []
                    },
                    clientExtensionResults: made.getClientExtensionResults(),
                    authenticatorAttachment: made.authenticatorAttachment
                };
                return post(form, form.dataset.add, {publicKey: {credential: credential, label: input.value}});
            }).then(function (response) {
                if (response.ok) {
                    window.location.assign(form.dataset.done);
                    return;
                }
                return response.json().then(function (problem) {
                    if (problem.errors && problem.errors.label) {
                        say(status, '');
                        fieldError(problem.errors.label);
                    } else {
                        throw new Error(problem.detail || 'The passkey could not be added. Try again.');
                    }
                });
            }).catch(function (e) {
                say(status, e.message);
            });
        });
    }

    function setUpSigningIn(button) {
        var status = document.getElementById(button.getAttribute('aria-describedby'));
        button.addEventListener('click', function () {
            say(status, 'Follow your browser’s steps to use your passkey…');
            var failure = function (reason) {
                window.location.assign(button.dataset.failure + encodeURIComponent(reason));
            };
            post(button, button.dataset.options).then(function (response) {
                if (!response.ok) {
                    throw new Error('options');
                }
                return response.json();
            }).then(function (options) {
                options.challenge = toBytes(options.challenge);
                options.allowCredentials = descriptors(options.allowCredentials);
                return navigator.credentials.get({publicKey: options});
            }).then(function (used) {
                return post(button, button.dataset.signIn, {
                    id: used.id,
                    rawId: toText(used.rawId),
                    type: used.type,
                    response: {
                        authenticatorData: toText(used.response.authenticatorData),
                        clientDataJSON: toText(used.response.clientDataJSON),
                        signature: toText(used.response.signature),
                        userHandle: used.response.userHandle ? toText(used.response.userHandle) : undefined
                    },
                    clientExtensionResults: used.getClientExtensionResults(),
                    authenticatorAttachment: used.authenticatorAttachment
                });
            }).then(function (response) {
                return response.json().then(function (body) {
                    if (response.ok && body.authenticated && body.redirectUrl) {
                        window.location.assign(body.redirectUrl);
                    } else {
                        failure(body.error || 'passkey');
                    }
                });
            }).catch(function (e) {
                if (e && e.name === 'NotAllowedError') {
                    say(status, 'No passkey was used: the browser’s steps were cancelled or timed out.');
                } else {
                    failure('passkey');
                }
            });
        });
    }

    function start() {
        if (!window.PublicKeyCredential || !navigator.credentials) {
            document.querySelectorAll('[data-passkey-unsupported]').forEach(function (note) {
                note.hidden = false;
            });
            return;
        }
        document.querySelectorAll('[data-passkey-add]').forEach(function (form) {
            form.hidden = false;
            setUpAdding(form);
        });
        document.querySelectorAll('[data-passkey-sign-in]').forEach(function (button) {
            button.closest('[data-passkey-part]').hidden = false;
            setUpSigningIn(button);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
