// The event form: on a new event the slug follows the title until the organiser edits the slug themselves,
// and an empty time zone starts as the browser's. The server proposes the same slug when the field is left empty.
const maxSlug = 80;

export function slugify(title) {
  let slug = title.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > maxSlug) {
    slug = slug.slice(0, maxSlug);
    const lastHyphen = slug.lastIndexOf('-');
    slug = (lastHyphen > maxSlug / 2 ? slug.slice(0, lastHyphen) : slug).replace(/-+$/, '');
  }
  return slug;
}

for (const form of document.querySelectorAll('form[data-event-form]')) {
  const title = form.querySelector('[data-slug-source]');
  const slug = form.querySelector('[data-slug-target="propose"]');
  if (title && slug) {
    // Follows while the slug is empty or still the one proposed; a slug typed by hand is kept.
    let follows = slug.value === '' || slug.value === slugify(title.value);
    title.addEventListener('input', () => {
      if (follows) {
        slug.value = slugify(title.value);
      }
    });
    slug.addEventListener('input', () => {
      follows = slug.value === '';
    });
    if (follows && title.value !== '') {
      slug.value = slugify(title.value);
    }
  }

  const zone = form.querySelector('[data-browser-zone="fill"]');
  if (zone && zone.value === '') {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browserZone) {
      zone.value = browserZone;
    }
  }
  const zones = zone && document.getElementById(zone.getAttribute('list'));
  // The server lists the zones it knows; a browser's own list fills in only where the server's is empty.
  if (zones && zones.options.length === 0 && typeof Intl.supportedValuesOf === 'function') {
    for (const id of Intl.supportedValuesOf('timeZone')) {
      const option = document.createElement('option');
      option.value = id;
      zones.append(option);
    }
  }
}
