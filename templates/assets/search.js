// kist search: finds posts and technique pages in the site's own search.json as the reader types.
// It runs only on the search page, which works without it (a form and a list of all posts).
// Index data enters the page as text only (textContent, text nodes), never as HTML.
(function () {
  'use strict';
  var root = document.getElementById('search');
  if (!root || !window.fetch || !String.prototype.normalize) {
    return;
  }
  var input = document.getElementById('search-q');
  var form = input.form;
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-list');
  var all = document.getElementById('search-all');
  var fallback = document.getElementById('search-fallback');
  var strings = root.dataset;
  var MAX_SHOWN = 50;
  // folded fields in the index come in this order: title, techniques, summary, text; a match in
  // a field outweighs matches in all the fields after it together
  var WEIGHTS = [8, 4, 2, 1];

  // The same folding as kist's Slugs.fold, so a query meets the index on equal terms: Latin
  // letters lose their diacritics (Käser → kaser), other scripts keep theirs, lowercase.
  var LATIN_MARKS = /(\p{Script=Latin})\p{Mn}+/gu;
  var SPECIAL = /[ßæÆøØœŒłŁđĐ]/g;
  var SPECIAL_FOLDS = { 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'ø': 'o', 'Ø': 'O', 'œ': 'oe', 'Œ': 'OE',
    'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D' };
  // words as SearchIndex cuts them: runs of letters, digits and combining marks
  var WORD = /[\p{L}\p{Nd}\p{Mn}\p{Mc}]+/gu;
  var WORD_CHAR = /[\p{L}\p{Nd}\p{Mn}\p{Mc}]/u;
  var CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

  function fold(text) {
    return text.normalize('NFD').replace(LATIN_MARKS, '$1')
      .replace(SPECIAL, function (c) { return SPECIAL_FOLDS[c]; })
      .normalize('NFC').toLowerCase();
  }

  function queryWords(query) {
    var seen = [];
    (fold(query).match(WORD) || []).forEach(function (word) {
      if (seen.indexOf(word) < 0) {
        seen.push(word);
      }
    });
    return seen;
  }

  function format(template, a, b) {
    return template.replace('{0}', a).replace('{1}', b);
  }

  var pages = null;

  function prepare(data) {
    return data.pages.filter(function (page) {
      // the index holds the site's own paths; anything else is not followed
      return typeof page.url === 'string' && /^(\/|https?:\/\/)/.test(page.url);
    }).map(function (page, order) {
      return {
        page: page,
        order: order,
        // a leading space lets " word" find a word start with one indexOf
        fields: page.folded.map(function (field) { return ' ' + field; })
      };
    });
  }

  /** 0 when a query word matches nowhere: every word must match. */
  function score(entry, words) {
    var total = 0;
    for (var w = 0; w < words.length; w++) {
      var needle = ' ' + words[w];
      var wordScore = 0;
      for (var f = 0; f < WEIGHTS.length; f++) {
        if (entry.fields[f] !== undefined && entry.fields[f].indexOf(needle) >= 0) {
          wordScore += WEIGHTS[f];
        }
      }
      if (wordScore === 0) {
        return 0;
      }
      total += wordScore;
    }
    return total;
  }

  /**
   * The text with every word that starts with a query word in <mark>. Each letter is folded on
   * its own and remembers where it came from, so a match in the folded text ("kaser") marks the
   * original letters ("Käser").
   */
  function highlight(text, words) {
    var folded = '';
    var starts = [];
    var ends = [];
    var match;
    CLUSTER.lastIndex = 0;
    while ((match = CLUSTER.exec(text)) !== null) {
      var part = fold(match[0]);
      for (var i = 0; i < part.length; i++) {
        starts.push(match.index);
        ends.push(match.index + match[0].length);
      }
      folded += part;
    }
    var ranges = [];
    words.forEach(function (word) {
      for (var at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
        if (at === 0 || !WORD_CHAR.test(folded.charAt(at - 1))) {
          ranges.push([starts[at], ends[at + word.length - 1]]);
        }
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var fragment = document.createDocumentFragment();
    var done = 0;
    ranges.forEach(function (range) {
      if (range[1] <= done) {
        return;
      }
      var from = Math.max(range[0], done);
      if (from > done) {
        fragment.appendChild(document.createTextNode(text.slice(done, from)));
      }
      var mark = document.createElement('mark');
      mark.textContent = text.slice(from, range[1]);
      fragment.appendChild(mark);
      done = range[1];
    });
    if (done < text.length) {
      fragment.appendChild(document.createTextNode(text.slice(done)));
    }
    return fragment;
  }

  function element(name, className) {
    var made = document.createElement(name);
    made.className = className;
    return made;
  }

  function item(page, words) {
    var li = element('li', 'search-result');
    if (page.kind === 'technique') {
      var kind = element('p', 'search-kind');
      kind.textContent = strings.technique;
      li.appendChild(kind);
    }
    var heading = element('h2', 'search-title');
    var link = document.createElement('a');
    link.href = page.url;
    link.appendChild(highlight(page.title, words));
    heading.appendChild(link);
    li.appendChild(heading);
    if (page.summary) {
      var summary = element('p', 'search-summary');
      summary.appendChild(highlight(page.summary, words));
      li.appendChild(summary);
    }
    if (page.techniques.length > 0 && page.kind !== 'technique') {
      var techniques = element('p', 'search-techniques');
      techniques.appendChild(document.createTextNode(strings.techniques + ': '));
      page.techniques.forEach(function (name, i) {
        if (i > 0) {
          techniques.appendChild(document.createTextNode(' · '));
        }
        techniques.appendChild(highlight(name, words));
      });
      li.appendChild(techniques);
    }
    return li;
  }

  function show(query) {
    var words = queryWords(query);
    all.hidden = words.length > 0;
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    if (words.length === 0) {
      status.textContent = '';
      return;
    }
    var found = [];
    pages.forEach(function (entry) {
      var points = score(entry, words);
      if (points > 0) {
        found.push({ entry: entry, points: points });
      }
    });
    found.sort(function (a, b) { return b.points - a.points || a.entry.order - b.entry.order; });
    var shown = query.trim();
    status.textContent = found.length === 0 ? format(strings.none, shown)
      : format(found.length === 1 ? strings.one : strings.other, found.length, shown);
    found.slice(0, MAX_SHOWN).forEach(function (result) {
      list.appendChild(item(result.entry.page, words));
    });
  }

  /** The query in the address, so a search can be shared, reloaded and gone back to. */
  function remember(query) {
    var url = new URL(window.location.href);
    if (query.trim()) {
      url.searchParams.set('q', query);
    } else {
      url.searchParams.delete('q');
    }
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }

  input.value = new URLSearchParams(window.location.search).get('q') || input.value;
  input.addEventListener('input', function () {
    if (pages !== null) {
      show(input.value);
    }
    remember(input.value);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (pages !== null) {
      show(input.value);
    }
    remember(input.value);
  });

  fetch(root.dataset.index, { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(response.status + ' ' + response.statusText);
      }
      return response.json();
    })
    .then(function (data) {
      pages = prepare(data);
      fallback.hidden = true;
      show(input.value);
    })
    .catch(function () {
      fallback.hidden = true;
      status.textContent = strings.unavailable;
    });
})();
