// Comments on a passage: when the reader selects words inside one clause's text (mouse or touch), a button offers
// to comment on them; it fills the clause, the words and where they start in the clause's plain text into the
// comment form. Without JavaScript the form still takes a comment on a clause or on the whole document.
(function () {
  'use strict';
  var form = document.getElementById('comment-form');
  var bar = document.getElementById('selection-bar');
  var button = document.getElementById('comment-on-selection');
  if (!form || !bar || !button || !window.getSelection) {
    return;
  }
  var clauseField = document.getElementById('comment-clause');
  var quoteField = document.getElementById('comment-quote');
  var startField = document.getElementById('comment-quote-start');
  var textField = document.getElementById('comment-text');
  var pending = null;
  var hideTimer = null;

  function collapse(text) {
    return text.replace(/[\s\u00A0]+/g, ' ');
  }

  function clauseOf(node) {
    var element = node.nodeType === 1 ? node : node.parentElement;
    return element ? element.closest('.clause-text[data-clause-key]') : null;
  }

  function show() {
    if (hideTimer) {
      clearTimeout(hideTimer);
      hideTimer = null;
    }
    bar.hidden = false;
  }

  function hideSoon() {
    // a tap on the button clears the selection first on phones: keep the button long enough to be pressed
    if (!hideTimer) {
      hideTimer = setTimeout(function () {
        bar.hidden = true;
        pending = null;
        hideTimer = null;
      }, 600);
    }
  }

  document.addEventListener('selectionchange', function () {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      hideSoon();
      return;
    }
    var range = selection.getRangeAt(0);
    var clause = clauseOf(range.startContainer);
    if (!clause || clause !== clauseOf(range.endContainer)) {
      hideSoon();
      return;
    }
    var raw = collapse(range.toString());
    var quote = raw.trim();
    if (!quote) {
      hideSoon();
      return;
    }
    var before = document.createRange();
    before.selectNodeContents(clause);
    before.setEnd(range.startContainer, range.startOffset);
    var prefix = collapse(before.toString()).replace(/^ /, '');
    var leading = raw.length - raw.replace(/^ /, '').length;
    if (leading && prefix.slice(-1) === ' ') {
      leading = 0;
    }
    pending = { key: clause.getAttribute('data-clause-key'), quote: quote, start: prefix.length + leading };
    show();
  });

  // keep the selection when the button is pressed with a mouse
  button.addEventListener('mousedown', function (event) {
    event.preventDefault();
  });

  button.addEventListener('click', function () {
    if (!pending) {
      return;
    }
    clauseField.value = pending.key;
    quoteField.value = pending.quote;
    startField.value = String(pending.start);
    bar.hidden = true;
    pending = null;
    form.scrollIntoView({ behavior: 'smooth', block: 'start' });
    textField.focus({ preventScroll: true });
  });
})();
