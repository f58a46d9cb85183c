// The structured editor of a document's parts: a small toolbar (bold, italic, numbered and bulleted lists, a simple
// table) over an editable area; what is written goes, cleaned, into the form's hidden field. The server sanitizes
// it again: this cleaning only keeps the field tidy. No inline scripts (the Content-Security-Policy forbids them).
(function () {
  'use strict';

  var KEPT = ['P', 'BR', 'B', 'STRONG', 'I', 'EM', 'U', 'UL', 'OL', 'LI', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD'];
  var DROPPED = ['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'TEMPLATE', 'META', 'LINK'];
  var TABLE = '<table><tbody><tr><td><br></td><td><br></td></tr><tr><td><br></td><td><br></td></tr></tbody></table><p><br></p>';

  // A refused save (409 stale, 422 refused) answers with the form and its reason: show it in place.
  if (window.htmx) {
    window.htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '409', swap: true, error: false },
      { code: '422', swap: true, error: false },
      { code: '[45]..', swap: false, error: true }
    ];
  }

  function clean(node, into) {
    Array.prototype.forEach.call(node.childNodes, function (child) {
      if (child.nodeType === Node.TEXT_NODE) {
        into.appendChild(document.createTextNode(child.nodeValue));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        var name = child.nodeName;
        if (DROPPED.indexOf(name) >= 0) {
          return;
        }
        if (name === 'DIV') {
          name = 'P';
        }
        if (KEPT.indexOf(name) >= 0) {
          var copy = document.createElement(name);
          into.appendChild(copy);
          clean(child, copy);
        } else {
          clean(child, into);
        }
      }
    });
    return into;
  }

  function sanitized(area) {
    var holder = clean(area, document.createElement('div'));
    var html = holder.innerHTML;
    return html === '<br>' || html === '<p><br></p>' ? '' : html;
  }

  function start(editor) {
    if (editor.dataset.started) {
      return;
    }
    editor.dataset.started = 'true';
    var area = editor.querySelector('[contenteditable]');
    var field = document.getElementById(editor.dataset.target);
    if (!area || !field) {
      return;
    }
    var write = function () { field.value = sanitized(area); };
    area.addEventListener('input', write);
    area.addEventListener('blur', write);
    area.addEventListener('paste', function () { window.setTimeout(write, 0); });
    editor.querySelectorAll('[data-command]').forEach(function (button) {
      // keep the selection in the area while the button is pressed
      button.addEventListener('mousedown', function (event) { event.preventDefault(); });
      button.addEventListener('click', function () {
        area.focus();
        var command = button.dataset.command;
        if (command === 'table') {
          document.execCommand('insertHTML', false, TABLE);
        } else {
          document.execCommand(command, false, null);
        }
        write();
      });
    });
    var form = editor.closest('form');
    if (form) {
      form.addEventListener('submit', write, true);
      form.addEventListener('htmx:configRequest', function (event) {
        write();
        event.detail.parameters.html = field.value;
      });
    }
  }

  function startAll(root) {
    (root.querySelectorAll ? root : document).querySelectorAll('[data-rich-editor]').forEach(start);
    if (root.matches && root.matches('[data-rich-editor]')) {
      start(root);
    }
  }

  document.addEventListener('htmx:load', function (event) { startAll(event.target); });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { startAll(document); });
  } else {
    startAll(document);
  }
})();
