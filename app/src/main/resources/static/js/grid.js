/* Bearing task sheet: selection, keyboard and in-cell editing. The server renders every state; this file only
   moves the selection, opens editors and sends htmx requests whose answer replaces #sheet. No build step. */
(function () {
  'use strict';
  var root = document.getElementById('sheet-root');
  if (!root) { return; }
  var project = root.dataset.project;
  var sel = { task: null, col: 'name' };      // survives re-renders: the task id ('' = new row) and column
  var editing = null;                          // { cell, input, original } while an editor is open

  function sheet() { return document.getElementById('sheet'); }
  function rows() { return Array.prototype.slice.call(sheet().querySelectorAll('tbody tr')); }
  function cells(tr) { return Array.prototype.slice.call(tr.querySelectorAll('td.cell')); }
  function rowOf(cell) { return cell.closest('tr'); }
  function cellFor(task, col) {
    var tr = sheet().querySelector('tbody tr[data-task="' + (task == null ? '' : task) + '"]');
    return tr ? tr.querySelector('td.cell[data-col="' + col + '"]') : null;
  }

  function select(cell, focus) {
    if (!cell) { return; }
    sheet().querySelectorAll('td.cell.sel').forEach(function (c) { c.classList.remove('sel'); c.removeAttribute('aria-selected'); c.tabIndex = -1; });
    sheet().querySelectorAll('tr.sel-row').forEach(function (r) { r.classList.remove('sel-row'); });
    cell.classList.add('sel');
    cell.setAttribute('aria-selected', 'true');
    cell.tabIndex = 0;
    rowOf(cell).classList.add('sel-row');
    sel = { task: rowOf(cell).dataset.task, col: cell.dataset.col };
    if (focus) { cell.focus(); }
  }

  function move(dRow, dCol) {
    var cell = cellFor(sel.task, sel.col) || sheet().querySelector('td.cell');
    var all = rows(), r = all.indexOf(rowOf(cell)), cs = cells(rowOf(cell)), c = cs.indexOf(cell);
    var nr = Math.max(0, Math.min(all.length - 1, r + dRow));
    var ncs = cells(all[nr]);
    select(ncs[Math.max(0, Math.min(ncs.length - 1, c + dCol))], true);
  }

  function send(verb, url, values) {
    return htmx.ajax(verb, url, { target: '#sheet', swap: 'outerHTML', values: values || {} });
  }

  function open(cell, typed) {
    if (!cell || cell.hasAttribute('data-readonly') || editing) { return; }
    select(cell, false);
    var input = document.createElement('input');
    input.className = 'cell-input';
    input.autocomplete = 'off';
    input.value = typed != null ? typed : (cell.dataset.value || '');
    input.setAttribute('aria-label', cell.dataset.label);
    var original = cell.innerHTML;
    cell.innerHTML = '';
    cell.appendChild(input);
    wire(cell, input, original);
    input.focus();
    if (typed == null) { input.select(); }
  }

  /** Enter or blur saves, Escape cancels, Tab saves and moves right (Shift+Tab left). */
  function wire(cell, input, original) {
    // A re-opened refused editor (original null) holds the refused text: leaving it unchanged discards it.
    editing = { cell: cell, input: input, original: original, refused: original == null ? input.value : null };
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); save(0); }
      else if (e.key === 'Escape') { e.preventDefault(); cancel(); }
      else if (e.key === 'Tab') { e.preventDefault(); save(e.shiftKey ? -1 : 1); }
      e.stopPropagation();
    });
    input.addEventListener('blur', function () {
      if (!editing || editing.input !== input) { return; }
      if (editing.refused !== null && input.value === editing.refused) { cancel(); } else { save(0); }
    });
  }

  function cancel() {
    var e = editing; editing = null;
    if (e.original == null) { send('GET', '/projects/' + project + '/tasks/sheet'); return; }  // a refused value: re-read
    e.cell.innerHTML = e.original;
    select(e.cell, true);
  }

  function save(dCol) {
    var e = editing; editing = null;
    var value = e.input.value, cell = e.cell, task = rowOf(cell).dataset.task;
    if (e.original != null && value === (cell.dataset.value || '')) {      // unchanged: nothing to send
      cell.innerHTML = e.original; select(cell, true); if (dCol) { move(0, dCol); } return;
    }
    if (task === '' && value.trim() === '' && e.original != null) { cell.innerHTML = e.original; select(cell, true); return; }
    pendingMove = dCol;
    if (task === '') { send('POST', '/projects/' + project + '/tasks', { name: value }); }
    else { send('PATCH', '/projects/' + project + '/tasks/' + task, { column: cell.dataset.col, value: value }); }
  }
  var pendingMove = 0;

  function act(action) {
    if (editing) { return; }
    var base = '/projects/' + project + '/tasks';
    var task = sel.task;
    if (action === 'undo') { send('POST', base + '/undo'); return; }
    if (action === 'add') { send('POST', base, task ? { below: task, name: 'New task' } : { name: 'New task' }); pendingMove = 'down'; return; }
    if (!task) { return; }
    if (action === 'delete') {
      var name = cellFor(task, 'name').dataset.value;
      if (window.confirm('Delete task "' + name + '"? Undo can bring it back.')) { send('DELETE', base + '/' + task); }
      return;
    }
    send('POST', base + '/' + task + '/' + action);
  }

  /** Removes a message left by a refused button (indent, delete): it belongs to no open editor. */
  function dismiss() {
    sheet().querySelectorAll('.cell-error').forEach(function (b) {
      if (!b.parentNode.querySelector('input')) { b.parentNode.classList.remove('invalid'); b.remove(); }
    });
  }

  document.addEventListener('click', function (e) {
    if (!sheet() || !sheet().contains(e.target)) { return; }
    if (e.target.closest('.cell-error') && !editing) { dismiss(); return; }
    if (!editing) { dismiss(); }
    var button = e.target.closest('button[data-action]');
    if (button) { act(button.dataset.action); return; }
    var cell = e.target.closest('td.cell');
    if (cell && !(editing && editing.cell === cell)) {
      if (cell.hasAttribute('data-readonly')) { select(cell, true); } else { open(cell); }
    }
  });

  document.addEventListener('keydown', function (e) {
    if (editing || !sheet() || !sheet().contains(document.activeElement)) { return; }
    var onButton = !!e.target.closest('button');   // a toolbar button keeps Enter and Space; the shortcuts still work
    if (e.key === 'Escape') { dismiss(); return; }
    var cell = cellFor(sel.task, sel.col);
    if (e.altKey && e.shiftKey && e.key === 'ArrowRight') { e.preventDefault(); act('indent'); }
    else if (e.altKey && e.shiftKey && e.key === 'ArrowLeft') { e.preventDefault(); act('outdent'); }
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') { e.preventDefault(); act('undo'); }
    else if (onButton) { return; }
    else if (e.key === 'ArrowUp') { e.preventDefault(); move(-1, 0); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); move(1, 0); }
    else if (e.key === 'ArrowLeft') { e.preventDefault(); move(0, -1); }
    else if (e.key === 'ArrowRight') { e.preventDefault(); move(0, 1); }
    else if (e.key === 'Tab' && !e.shiftKey && cell && cells(rowOf(cell)).indexOf(cell) < cells(rowOf(cell)).length - 1) { e.preventDefault(); move(0, 1); }
    else if (e.key === 'Tab' && e.shiftKey && cell && cells(rowOf(cell)).indexOf(cell) > 0) { e.preventDefault(); move(0, -1); }
    else if (e.key === 'Enter' || e.key === 'F2') { e.preventDefault(); open(cell); }
    else if (e.key === 'Insert') { e.preventDefault(); act('add'); }
    else if (e.key === 'Delete') { e.preventDefault(); act('delete'); }
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && cell) { e.preventDefault(); open(cell, e.key); }  // type to replace
  });

  document.body.addEventListener('htmx:configRequest', function (e) {
    e.detail.headers[root.dataset.csrfHeader] = root.dataset.csrf;
  });
  document.body.addEventListener('htmx:beforeSwap', function (e) {
    if (e.detail.xhr.status === 422) { e.detail.shouldSwap = true; e.detail.isError = false; }  // a refused edit: show it
  });
  document.body.addEventListener('htmx:afterSwap', function () { after(); });

  /** After a re-render: re-open a refused editor, or restore the selection (moved as the save asked). */
  function after() {
    var refused = sheet().querySelector('td.cell input.cell-input');
    if (refused) {
      var cell = refused.closest('td.cell');
      select(cell, false);
      wire(cell, refused, null);
      refused.focus();
      pendingMove = 0;
      return;
    }
    // After a delete the selected task is gone: fall back to the first cell.
    var target = cellFor(sel.task, sel.col) || sheet().querySelector('td.cell');
    select(target, true);
    if (pendingMove === 'down') { move(1, 0); }
    else if (pendingMove) { move(0, pendingMove); }
    pendingMove = 0;
  }

  var first = sheet().querySelector('td.cell');
  if (first) { select(first, false); }
})();
