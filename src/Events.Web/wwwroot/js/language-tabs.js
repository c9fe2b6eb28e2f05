// Language tabs on the organiser's forms. Without this module every language's panel shows as a labelled fieldset;
// with it they become one tab list (arrow keys, Home, End), a mark on each tab whose language still has empty texts,
// and the tab holding an inline error opens first. The reference texts follow what is typed in the original.
for (const root of document.querySelectorAll('[data-language-tabs]')) {
  enhance(root);
}

function enhance(root) {
  const panels = [...root.children].filter((el) => el.hasAttribute('data-language-panel'));
  if (panels.length < 2) {
    return;
  }
  const texts = panels.find((p) => p.dataset.missingLabel) ?? panels[1];
  const list = document.createElement('div');
  list.className = 'language-tablist';
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', texts.dataset.tabsLabel ?? '');
  const tabs = panels.map((panel, index) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.id = `${panel.id}-tab`;
    tab.className = 'language-tab';
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', panel.id);
    const label = document.createElement('span');
    label.textContent = panel.dataset.tabLabel ?? '';
    const mark = document.createElement('span');
    mark.className = 'language-tab-mark';
    mark.hidden = true;
    const markText = document.createElement('span');
    markText.className = 'visually-hidden';
    markText.textContent = ` (${texts.dataset.missingLabel ?? ''})`;
    mark.append(markText);
    tab.append(label, mark);
    tab.addEventListener('click', () => select(index, false));
    tab.addEventListener('keydown', (event) => onKey(event, index));
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    return tab;
  });
  list.append(...tabs);
  root.prepend(list);
  root.classList.add('is-tabbed');

  function select(index, focus) {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panels[i].hidden = !selected;
    });
    if (focus) {
      tabs[index].focus();
    }
  }

  function onKey(event, index) {
    const last = tabs.length - 1;
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (to === undefined) {
      return;
    }
    event.preventDefault();
    select(to > last ? 0 : to < 0 ? last : to, true);
  }

  function refreshMarks() {
    panels.forEach((panel, i) => {
      const missing = [...panel.querySelectorAll('[data-translation]')].some((input) => {
        const original = panel.querySelector(`#${CSS.escape(input.id)}-original`);
        return original?.dataset.hasOriginal === 'true' && input.value.trim() === '';
      });
      tabs[i].querySelector('.language-tab-mark').hidden = !missing;
    });
  }

  // Each reference text knows whether its original is empty; those tied to an original field follow it as it is typed.
  for (const hint of root.querySelectorAll('.language-original')) {
    const text = hint.querySelector('[data-original-text]');
    const source = hint.dataset.originalFor ? document.getElementById(hint.dataset.originalFor) : null;
    const show = (value) => {
      hint.dataset.hasOriginal = String(value.trim() !== '');
      text.textContent = value.trim() === '' ? hint.dataset.emptyText : value;
    };
    if (source) {
      show(source.value);
      source.addEventListener('input', () => {
        show(source.value);
        refreshMarks();
      });
    } else {
      hint.dataset.hasOriginal = String(hint.dataset.emptyText !== text.textContent);
    }
  }
  root.addEventListener('input', (event) => {
    if (event.target.matches('[data-translation]')) {
      refreshMarks();
    }
  });
  refreshMarks();

  const withError = panels.findIndex((panel) => panel.dataset.hasError === 'true' || panel.querySelector('.field-validation-error:not(:empty)'));
  select(Math.max(withError, 0), false);
}
