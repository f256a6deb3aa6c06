// The pathway builder: the tree of steps lives as the API's JSON in the form's hidden "steps" field; this script draws
// it from that JSON, lets the issuer add groups and requirements, change a group's rule, nest, reorder (drag and drop,
// or the ↑ ↓ buttons, which walk a step through the tree one place at a time), remove, and writes the JSON back on
// every change. A refusal from the server names the step it is about (a JSON pointer or a step id); it is shown there.
(() => {
  const form = document.getElementById('pathway-form');
  const tree = document.getElementById('tree');
  if (!form || !tree) {
    return;
  }
  const field = document.getElementById('steps');
  const panel = document.getElementById('add-requirement');
  const texts = document.getElementById('builder-texts').dataset;
  const groupTemplate = document.getElementById('group-template');
  const requirementTemplate = document.getElementById('requirement-template');
  const badgeNames = new Map(JSON.parse(tree.dataset.badges || '[]').map((b) => [b.id, b.name]));
  const error = document.getElementById('steps-error');
  const LEAVES = ['achievement', 'externalAchievement', 'issuer', 'skill'];
  let counter = 0;
  let panelFor = null;
  let dragged = null;
  let errorNode = null;
  let submitted = null;

  // writes the tree into the form; once it differs from what the server refused, that refusal no longer applies
  function store() {
    field.value = JSON.stringify(write(root, '/steps'));
    if (submitted === null) {
      submitted = field.value;
    } else if (error && field.value !== submitted && errorNode) {
      error.remove();
      errorNode = null;
      tree.querySelectorAll('li.invalid').forEach((li) => li.classList.remove('invalid'));
    }
  }

  const freshId = () => 'n' + Date.now().toString(36) + (counter++).toString(36);
  const group = () => ({ kind: 'group', id: freshId(), rule: 'all', atLeast: 1, ordered: false, children: [] });

  // JSON → model
  function read(json) {
    if (json.all || json.any || json.atLeast !== undefined) {
      const rule = json.all ? 'all' : json.any ? 'any' : 'atLeast';
      const list = json.all || json.any || json.of || [];
      return {
        kind: 'group', id: json.id || freshId(), title: json.title, rule,
        atLeast: rule === 'atLeast' ? json.atLeast : 1, ordered: json.ordered === true,
        withinMonths: json.withinMonths, minCredits: json.minCredits, milestone: json.milestone,
        children: list.map(read),
      };
    }
    const kind = LEAVES.find((k) => json[k] !== undefined) || 'achievement';
    return { kind, id: json.id || freshId(), title: json.title, value: json[kind], name: json.name };
  }

  // model → JSON, noting each step's pointer for the server's refusals
  function write(node, pointer) {
    node.pointer = pointer;
    const out = { id: node.id };
    if (node.title) {
      out.title = node.title;
    }
    if (node.kind !== 'group') {
      out[node.kind] = node.value;
      if (node.kind === 'issuer') {
        out.name = node.name;
      }
      return out;
    }
    const list = node.rule === 'atLeast' ? 'of' : node.rule;
    if (node.rule === 'atLeast') {
      out.atLeast = number(node.atLeast, parseInt);
    }
    out[list] = node.children.map((child, i) => write(child, pointer + '/' + list + '/' + i));
    if (node.ordered) {
      out.ordered = true;
    }
    if (blank(node.withinMonths) === false) {
      out.withinMonths = number(node.withinMonths, parseInt);
    }
    if (blank(node.minCredits) === false) {
      out.minCredits = number(node.minCredits, parseFloat);
    }
    if (node !== root && node.milestone) {
      out.milestone = node.milestone;
    }
    return out;
  }

  const blank = (value) => value === undefined || value === null || String(value).trim() === '';
  // a number when it reads as one, else the text as typed, for the server to point at
  const number = (value, parse) => (/^\s*\d+(\.\d+)?\s*$/.test(String(value)) ? parse(value, 10) : value);

  let root;
  try {
    root = field.value.trim() ? read(JSON.parse(field.value)) : group();
  } catch (e) {
    root = group();
  }
  if (root.kind !== 'group') {
    root = Object.assign(group(), { children: [root] });
  }

  function parentOf(node, within = root) {
    if (within.kind !== 'group') {
      return null;
    }
    for (const child of within.children) {
      if (child === node) {
        return within;
      }
      const found = parentOf(node, child);
      if (found) {
        return found;
      }
    }
    return null;
  }

  const contains = (outer, node) =>
    outer === node || (outer.kind === 'group' && outer.children.some((child) => contains(child, node)));

  function label(node) {
    switch (node.kind) {
      case 'group':
        if (node === root) {
          return texts.root;
        }
        return node.title || (node.milestone && badgeNames.get(node.milestone)) || texts.newGroup;
      case 'achievement':
        return node.title || badgeNames.get(node.value) || texts.unknownBadge;
      case 'issuer':
        return (node.title || node.name) + ' ' + texts.from + ' ' + node.value;
      default:
        return node.title || node.value;
    }
  }

  function kindText(node) {
    return { achievement: texts.kindAchievement, externalAchievement: texts.kindExternal,
      issuer: texts.kindIssuer, skill: texts.kindSkill }[node.kind];
  }

  function draw(node) {
    const isGroup = node.kind === 'group';
    const li = (isGroup ? groupTemplate : requirementTemplate).content.firstElementChild.cloneNode(true);
    li.model = node;
    li.dataset.stepId = node.id;
    li.dataset.pointer = node.pointer;
    const name = label(node);
    li.querySelector('.step-label').textContent = name;
    li.setAttribute('aria-label', (isGroup ? '' : kindText(node) + ': ') + name);
    li.querySelectorAll('[data-label]').forEach((button) => {
      button.setAttribute('aria-label', button.dataset.label + ': ' + name);
      button.title = button.dataset.label;
    });
    if (node === root) {
      li.querySelector('.step-tools').remove();
      li.querySelector('.drag-handle').remove();
      li.classList.add('root');
    } else {
      li.draggable = true;
    }
    if (!isGroup) {
      li.querySelector('.step-kind').textContent = kindText(node);
      return li;
    }
    const settings = li.querySelector('.group-settings');
    settings.querySelector('[data-field=rule]').value = node.rule;
    settings.querySelector('[data-field=atLeast]').value = node.atLeast ?? 1;
    settings.querySelector('[data-field=atLeast]').max = Math.max(1, node.children.length);
    settings.querySelector('[data-field=withinMonths]').value = node.withinMonths ?? '';
    settings.querySelector('[data-field=minCredits]').value = node.minCredits ?? '';
    settings.querySelector('[data-field=milestone]').value = node.milestone || '';
    settings.querySelector('[data-field=ordered]').checked = node.ordered;
    settings.querySelector('[data-when=atLeast]').hidden = node.rule !== 'atLeast';
    settings.querySelector('[data-when=inner]').hidden = node === root;
    const list = li.querySelector('.steps');
    node.children.forEach((child) => list.append(draw(child)));
    return li;
  }

  function render() {
    const active = document.activeElement;
    let focus = null;
    if (active && tree.contains(active)) {
      const li = active.closest('li.step');
      focus = { id: li && li.dataset.stepId, key: active.dataset.action || active.dataset.field };
    }
    form.append(panel); // keep the panel out of the tree while it is drawn again
    store();
    const top = document.createElement('ol');
    top.className = 'steps top';
    top.append(draw(root));
    tree.replaceChildren(top);
    if (panelFor) {
      place(panelFor);
    }
    if (error && errorNode) {
      const li = find(errorNode.id);
      if (li) {
        li.classList.add('invalid');
        li.querySelector('.step-head').after(error);
      }
    }
    if (focus) {
      refocus(focus.id, focus.key);
    }
  }

  const find = (id) => tree.querySelector('li.step[data-step-id="' + CSS.escape(id) + '"]');

  function refocus(id, key) {
    const li = id && find(id);
    if (!li) {
      return;
    }
    const own = (selector) => [...li.querySelectorAll(selector)]
      .find((element) => element.closest('li.step') === li && !element.closest('[hidden]'));
    const target = key && own('[data-action="' + key + '"], [data-field="' + key + '"]');
    const any = target || own('button, select');
    if (any) {
      any.focus();
    }
  }

  // up: into the group just above (as its last step), else one place up, else out of its group, before it
  function up(node) {
    const parent = parentOf(node);
    const i = parent.children.indexOf(node);
    if (i > 0) {
      const before = parent.children[i - 1];
      parent.children.splice(i, 1);
      if (before.kind === 'group') {
        before.children.push(node);
      } else {
        parent.children.splice(i - 1, 0, node);
      }
    } else if (parent !== root) {
      const grand = parentOf(parent);
      parent.children.splice(i, 1);
      grand.children.splice(grand.children.indexOf(parent), 0, node);
    }
  }

  // down: into the group just below (as its first step), else one place down, else out of its group, after it
  function down(node) {
    const parent = parentOf(node);
    const i = parent.children.indexOf(node);
    if (i < parent.children.length - 1) {
      const after = parent.children[i + 1];
      parent.children.splice(i, 1);
      if (after.kind === 'group') {
        after.children.unshift(node);
      } else {
        parent.children.splice(i + 1, 0, node);
      }
    } else if (parent !== root) {
      const grand = parentOf(parent);
      parent.children.splice(i, 1);
      grand.children.splice(grand.children.indexOf(parent) + 1, 0, node);
    }
  }

  function place(node) {
    const li = find(node.id);
    if (!li) {
      panelFor = null;
      panel.hidden = true;
      return;
    }
    li.querySelector(':scope > .group-add').before(panel);
    panel.hidden = false;
  }

  function openPanel(node) {
    panelFor = node;
    place(node);
    showKind();
    document.getElementById('add-error').hidden = true;
    document.getElementById('requirement-kind').focus();
  }

  function closePanel() {
    panelFor = null;
    panel.hidden = true;
    form.append(panel);
  }

  function showKind() {
    const kind = document.getElementById('requirement-kind').value;
    panel.querySelectorAll('[data-kind]').forEach((part) => {
      part.hidden = part.dataset.kind !== kind;
    });
    // a badge of the organization is added by picking it among the search's results
    panel.querySelector('[data-action=add-leaf]').hidden = kind === 'achievement';
    document.getElementById('add-error').hidden = true;
  }

  function addLeaf(leaf) {
    const target = panelFor;
    target.children.push(leaf);
    closePanel();
    render();
    refocus(leaf.id, 'remove');
  }

  function addTyped() {
    const kind = document.getElementById('requirement-kind').value;
    const value = (id) => document.getElementById(id).value.trim();
    let leaf = null;
    if (kind === 'externalAchievement' && value('requirement-external')) {
      leaf = { kind, id: freshId(), value: value('requirement-external') };
    } else if (kind === 'issuer' && value('requirement-issuer') && value('requirement-name')) {
      leaf = { kind, id: freshId(), value: value('requirement-issuer'), name: value('requirement-name') };
    } else if (kind === 'skill' && value('requirement-skill')) {
      leaf = { kind, id: freshId(), value: value('requirement-skill') };
    }
    if (!leaf) {
      document.getElementById('add-error').hidden = false;
      return;
    }
    panel.querySelectorAll('input').forEach((input) => {
      input.value = '';
    });
    addLeaf(leaf);
  }

  tree.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button || panel.contains(button)) {
      return;
    }
    const node = button.closest('li.step').model;
    switch (button.dataset.action) {
      case 'up':
        up(node);
        break;
      case 'down':
        down(node);
        break;
      case 'remove': {
        const parent = parentOf(node);
        parent.children.splice(parent.children.indexOf(node), 1);
        if (panelFor && contains(node, panelFor)) {
          closePanel();
        }
        render();
        refocus(parent.id, 'add-requirement');
        return;
      }
      case 'add-group': {
        const added = group();
        node.children.push(added);
        render();
        refocus(added.id, 'rule');
        return;
      }
      case 'add-requirement':
        openPanel(node);
        return;
      default:
        return;
    }
    render();
  });

  panel.addEventListener('click', (event) => {
    const pick = event.target.closest('[data-pick-badge]');
    if (pick) {
      badgeNames.set(pick.dataset.badgeId, pick.dataset.badgeName);
      addLeaf({ kind: 'achievement', id: freshId(), value: pick.dataset.badgeId });
      return;
    }
    const button = event.target.closest('button[data-action]');
    if (button && button.dataset.action === 'add-leaf') {
      addTyped();
    } else if (button && button.dataset.action === 'close-panel') {
      const back = panelFor;
      closePanel();
      refocus(back.id, 'add-requirement');
    }
  });

  panel.addEventListener('change', (event) => {
    if (event.target.id === 'requirement-kind') {
      showKind();
    }
  });

  // Enter inside the panel adds the requirement instead of saving the whole form
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target.matches('input')) {
      event.preventDefault();
      if (event.target.id !== 'badge-search') {
        addTyped();
      }
    } else if (event.key === 'Escape') {
      const back = panelFor;
      closePanel();
      refocus(back.id, 'add-requirement');
    }
  });

  function settingChanged(event) {
    const input = event.target.closest('[data-field]');
    if (!input || !tree.contains(input) || panel.contains(input)) {
      return;
    }
    const node = input.closest('li.step').model;
    const name = input.dataset.field;
    node[name] = input.type === 'checkbox' ? input.checked : input.value;
    if (name === 'rule' && node.rule === 'atLeast' && blank(node.atLeast)) {
      node.atLeast = 1;
    }
    if (event.type === 'change' && (name === 'rule' || name === 'milestone')) {
      render();
    } else {
      store();
    }
  }
  tree.addEventListener('input', settingChanged);
  tree.addEventListener('change', settingChanged);

  // drag and drop: before a step (upper half of its head), into a group (lower half of its head: first step),
  // after a group (its buttons' row), after a requirement (lower half)
  function dropPlace(event) {
    const li = event.target.closest('li.step');
    if (!li || !dragged || contains(dragged, li.model)) {
      return null;
    }
    if (li.model === root) {
      return { where: 'into', li };
    }
    if (event.target.closest('.group-add') && event.target.closest('li.step') === li) {
      return { where: 'after', li };
    }
    const head = li.querySelector(':scope > .step-head').getBoundingClientRect();
    const upper = event.clientY < head.top + head.height / 2;
    if (upper) {
      return { where: 'before', li };
    }
    return { where: li.model.kind === 'group' ? 'into' : 'after', li };
  }

  function clearMarks() {
    tree.querySelectorAll('.drop-before, .drop-after, .drop-into').forEach((li) => {
      li.classList.remove('drop-before', 'drop-after', 'drop-into');
    });
  }

  tree.addEventListener('dragstart', (event) => {
    const li = event.target.closest && event.target.closest('li.step');
    if (!li || li.model === root || event.target !== li) {
      return;
    }
    dragged = li.model;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', li.model.id);
    li.classList.add('dragging');
  });

  tree.addEventListener('dragover', (event) => {
    const at = dropPlace(event);
    clearMarks();
    if (at) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      at.li.classList.add('drop-' + at.where);
    }
  });

  tree.addEventListener('drop', (event) => {
    const at = dropPlace(event);
    clearMarks();
    if (!at) {
      return;
    }
    event.preventDefault();
    const target = at.li.model;
    const from = parentOf(dragged);
    from.children.splice(from.children.indexOf(dragged), 1);
    if (at.where === 'into') {
      target.children.unshift(dragged);
    } else {
      const parent = parentOf(target);
      parent.children.splice(parent.children.indexOf(target) + (at.where === 'after' ? 1 : 0), 0, dragged);
    }
    const moved = dragged;
    dragged = null;
    render();
    refocus(moved.id, 'up');
  });

  tree.addEventListener('dragend', () => {
    dragged = null;
    clearMarks();
    tree.querySelectorAll('.dragging').forEach((li) => li.classList.remove('dragging'));
  });

  form.addEventListener('submit', () => {
    form.append(panel);
    field.value = JSON.stringify(write(root, '/steps'));
  });

  // the server's refusal: the step it points into (by id, else the deepest step its pointer is under)
  function erring() {
    if (!error) {
      return null;
    }
    write(root, '/steps');
    const all = [];
    (function walk(node) {
      all.push(node);
      if (node.kind === 'group') {
        node.children.forEach(walk);
      }
    })(root);
    if (error.dataset.step) {
      return all.find((node) => node.id === error.dataset.step) || null;
    }
    const pointer = error.dataset.pointer || '';
    return all
      .filter((node) => pointer === node.pointer || pointer.startsWith(node.pointer + '/'))
      .sort((a, b) => b.pointer.length - a.pointer.length)[0] || null;
  }

  errorNode = erring();
  render();
})();
