// A small rich-text editor for the editorial desk: a contenteditable area over the form's textarea, a toolbar of
// basic formats, links and image upload. Without this script the textarea takes HTML as typed. Whatever is sent,
// the server sanitises it with a jsoup Safelist before storing it.
(function () {
  'use strict';
  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? [header.getAttribute('content'), token.getAttribute('content')] : null;
  }
  function start() {
    var textarea = document.querySelector('textarea[data-rich-editor]');
    var toolbar = document.querySelector('.editor-toolbar');
    if (!textarea || !toolbar) { return; }
    var area = document.createElement('div');
    area.className = 'rich-editor';
    area.contentEditable = 'true';
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    area.setAttribute('aria-labelledby', textarea.id + '-label');
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    if (label) { label.id = textarea.id + '-label'; }
    area.innerHTML = textarea.value;
    textarea.hidden = true;
    textarea.parentNode.insertBefore(area, textarea);
    toolbar.hidden = false;
    toolbar.addEventListener('click', function (e) {
      var button = e.target.closest('button[data-command]');
      if (!button) { return; }
      e.preventDefault();
      area.focus();
      var command = button.getAttribute('data-command');
      if (command === 'createLink') {
        var url = window.prompt(toolbar.getAttribute('data-link-prompt') || 'URL', 'https://');
        if (url) { document.execCommand('createLink', false, url); }
        return;
      }
      document.execCommand(command, false, button.getAttribute('data-value'));
    });
    var upload = toolbar.querySelector('[data-image-upload]');
    if (upload) {
      upload.addEventListener('change', function () {
        if (!upload.files || !upload.files[0]) { return; }
        var data = new FormData();
        data.append('file', upload.files[0]);
        var headers = {};
        var token = csrf();
        if (token) { headers[token[0]] = token[1]; }
        fetch(toolbar.getAttribute('data-upload'), { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
          .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
          .then(function (answer) {
            if (!answer.ok) { window.alert(answer.body.error || toolbar.getAttribute('data-upload-failed')); return; }
            area.focus();
            document.execCommand('insertImage', false, answer.body.url);
            coverOption(answer.body.url, false);
          })
          .catch(function () { window.alert(toolbar.getAttribute('data-upload-failed')); })
          .finally(function () { upload.value = ''; });
      });
    }
    textarea.form.addEventListener('submit', function () { textarea.value = area.innerHTML; });
  }
  // The cover picker: a radio button per uploaded image; an image uploaded here (or inserted in the text) joins it.
  function coverOption(url, checked) {
    var options = document.getElementById('cover-options');
    if (!options) { return; }
    var existing = options.querySelector('input[value="' + url.replace(/"/g, '') + '"]');
    if (existing) { existing.checked = existing.checked || checked; return; }
    var label = document.createElement('label');
    label.className = 'cover-option';
    var input = document.createElement('input');
    input.type = 'radio';
    input.name = 'coverImage';
    input.value = url;
    input.className = 'form-check-input';
    input.checked = checked;
    var image = document.createElement('img');
    image.src = url;
    image.alt = '';
    label.appendChild(input);
    label.appendChild(image);
    var none = options.querySelector('.cover-option');
    options.insertBefore(label, none ? none.nextSibling : null);
  }
  function startCover() {
    var picker = document.getElementById('cover-picker');
    var upload = document.querySelector('[data-cover-upload]');
    if (!picker || !upload) { return; }
    upload.addEventListener('change', function () {
      if (!upload.files || !upload.files[0]) { return; }
      var data = new FormData();
      data.append('file', upload.files[0]);
      var headers = {};
      var token = csrf();
      if (token) { headers[token[0]] = token[1]; }
      fetch(picker.getAttribute('data-upload'), { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
        .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
        .then(function (answer) {
          if (!answer.ok) { window.alert(answer.body.error || picker.getAttribute('data-upload-failed')); return; }
          coverOption(answer.body.url, true);
        })
        .catch(function () { window.alert(picker.getAttribute('data-upload-failed')); })
        .finally(function () { upload.value = ''; });
    });
  }
  function startAll() { start(); startCover(); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', startAll); } else { startAll(); }
})();
