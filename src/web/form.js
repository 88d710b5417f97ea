/*
 * The page of `aftoets form`: builds the form from the data in
 * <script type="application/json" id="aft-data"> (src/report/form.c),
 * scores it live as SPEC section 4 says, keeps a draft in the browser's
 * local storage and saves an answers file.  Text from the data is only
 * ever set with textContent or a control's value, never parsed as HTML.
 * docs/form.md describes the names and attributes scripts may rely on.
 */
(function () {
	'use strict';

	var D = JSON.parse(document.getElementById('aft-data').textContent);
	var T = D.t;
	var LEVELS = D.scale.levels;
	var FIELDS = ['name', 'organisation', 'contact', 'type', 'budget_eur',
	    'users', 'assessed_on', 'assessor'];
	var START = D.start || { service: {}, budget: null, users: null,
	    answers: {} };
	var FORM_ID = document.documentElement.getAttribute('data-form-id');
	var KEY = 'aftoets-form:' + D.catalog.id + ':' + D.catalog.version +
	    ':' + FORM_ID;
	var crits = [];		/* every criterion, in catalog order */
	var controls = {};	/* service field -> its control */
	var storage = null;

	/* Small helpers. */

	function el(tag, attrs, text) {
		var e = document.createElement(tag), k;

		for (k in attrs)
			if (Object.prototype.hasOwnProperty.call(attrs, k))
				e.setAttribute(k, attrs[k]);
		if (text !== undefined && text !== null)
			e.textContent = text;
		return e;
	}

	/* A label with its %s filled in, in order. */
	function fmt(s) {
		var args = arguments, i = 1;

		return s.replace(/%s/g, function () {
			return String(args[i++]);
		});
	}

	function isDigit(c) {
		return c >= '0' && c <= '9';
	}

	/* Numbers. */

	/* One decimal, half away from zero, as src/util/format.c rounds. */
	function round1(x) {
		var r = Math.floor(Math.abs(x) * 10 * (1 + 1e-12) + 0.5) / 10;

		return x < 0 ? -r : r;
	}

	function showScore(v) {
		var s = round1(v).toFixed(1);

		return D.lang === 'nl' ? s.replace('.', ',') : s;
	}

	function showWhole(v) {
		var s = String(Math.round(v)), out = '';

		while (s.length > 3) {
			out = (D.lang === 'nl' ? '.' : ',') + s.slice(-3) + out;
			s = s.slice(0, -3);
		}
		return s + out;
	}

	/*
	 * A money string (SPEC section 3), as src/util/money.c reads it:
	 * the amount in cents, or null when it is none.
	 */
	function moneyCents(str) {
		var i = 0, e = str.length, p, ndig = 0, whole = '', frac = 0;
		var sep = null, nd, c, k;

		function sp(ch) {
			return ch === ' ' || ch === '\t' || ch === '\u00a0' ||
			    ch === '\u202f';
		}
		function trim() {
			while (i < e && sp(str[i]))
				i++;
			while (e > i && sp(str[e - 1]))
				e--;
		}
		function dec(q) {
			if (e - q === 1 && isDigit(str[q]))
				return (+str[q]) * 10;
			if (e - q === 2 && isDigit(str[q]) && isDigit(str[q + 1]))
				return (+str[q]) * 10 + (+str[q + 1]);
			return -1;
		}
		/* Whole cents as a string of digits: exact past 2^53. */
		function done() {
			return String(BigInt(whole) * BigInt(100) + BigInt(frac));
		}
		trim();
		if (e - i >= 1 && str[i] === '\u20ac')
			i++;
		else if (e - i >= 3 && str.substr(i, 3).toUpperCase() === 'EUR')
			i += 3;
		else if (e - i >= 1 && str[e - 1] === '\u20ac')
			e--;
		else if (e - i >= 3 &&
		    str.substr(e - 3, 3).toUpperCase() === 'EUR')
			e -= 3;
		trim();
		if (i === e || !isDigit(str[i]))
			return null;
		for (p = i; p < e && isDigit(str[p]); p++) {
			if (++ndig > 15)
				return null;
			whole += str[p];
		}
		if (p === e)
			return done();
		if ((str[p] === '.' || str[p] === ',') && (nd = dec(p + 1)) >= 0) {
			frac = nd;
			return done();
		}
		if (ndig > 3)
			return null;
		for (;;) {
			c = sp(str[p]) ? ' ' : str[p];
			if (c !== ' ' && c !== '.' && c !== ',' && c !== '_')
				return null;
			if (sep !== null && c !== sep) {
				if ((c === '.' || c === ',') &&
				    (nd = dec(p + 1)) >= 0) {
					frac = nd;
					return done();
				}
				return null;
			}
			sep = c;
			p++;
			if (e - p < 3)
				return null;
			for (k = 0; k < 3; k++, p++) {
				if (!isDigit(str[p]) || ++ndig > 15)
					return null;
				whole += str[p];
			}
			if (p === e)
				return done();
		}
	}

	/* The amount in euros, as the loader computes it, or null. */
	function moneyParse(str) {
		var c = moneyCents(str);

		return c === null ? null : Number(c) / 100;
	}

	/*
	 * The budget and the users as the saved file will give them to the
	 * loader: {value} when known, {error} when refused, {} when empty.
	 * A field as the --from file had it keeps the loader's value.
	 */
	function budget() {
		var s = controls.budget_eur.value.trim(), v;

		if (s === (START.service.budget_eur || '').trim() &&
		    START.budget !== null)
			return { value: START.budget };
		if (s === '')
			return {};
		if (/^[0-9]+$/.test(s))
			return { value: Number(s) };
		v = moneyParse(s);
		return v === null ? { error: fmt(T.bad_money, s) } :
		    { value: v };
	}

	function users() {
		var s = controls.users.value.trim(), v;

		if (s === (START.service.users || '').trim() &&
		    START.users !== null)
			return { value: START.users };
		if (s === '')
			return {};
		if (/^[0-9]+$/.test(s)) {
			v = Number(s);
			return v > 1e15 ? { error: fmt(T.bad_users, s) } :
			    { value: v };
		}
		v = /\u20ac|eur/i.test(s) ? null : moneyParse(s);
		if (v === null || Math.round(v * 100) % 100 !== 0)
			return { error: fmt(T.bad_users, s) };
		return { value: v };
	}

	function validDate(s) {
		var m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(s), y, mo, d;
		var days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

		if (m === null)
			return false;
		y = +m[1];
		mo = +m[2];
		d = +m[3];
		if (mo < 1 || mo > 12 || d < 1 || d > days[mo - 1])
			return false;
		return !(mo === 2 && d === 29 &&
		    !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)));
	}

	/* The state of the form. */

	function levelOf(c) {
		var r = c.fs.querySelector('input[type=radio]:checked');

		return r === null || r.value === '' ? null : r.value;
	}

	function state() {
		var s = { service: {}, answers: {} };

		FIELDS.forEach(function (f) {
			s.service[f] = controls[f].value;
		});
		crits.forEach(function (c) {
			s.answers[c.id] = [levelOf(c), c.mot.value, c.act.value];
		});
		return s;
	}

	function setState(s) {
		FIELDS.forEach(function (f) {
			if (typeof s.service[f] === 'string')
				controls[f].value = s.service[f];
		});
		crits.forEach(function (c) {
			var a = s.answers[c.id] || [null, '', ''];
			var radios = c.fs.querySelectorAll('input[type=radio]');

			Array.prototype.forEach.call(radios, function (r) {
				r.checked = r.value === (a[0] || '');
			});
			c.mot.value = a[1] || '';
			c.act.value = a[2] || '';
		});
	}

	function startState() {
		var s = { service: {}, answers: {} };

		FIELDS.forEach(function (f) {
			s.service[f] = START.service[f] || '';
		});
		crits.forEach(function (c) {
			var a = START.answers[c.id] || [null, null, null];

			s.answers[c.id] = [a[0], a[1] || '', a[2] || ''];
		});
		return s;
	}

	/* Scoring, as src/score.c and src/significance.c do it. */

	function points(id) {
		for (var i = 0; i < LEVELS.length; i++)
			if (LEVELS[i].id === id)
				return LEVELS[i].points;
		return null;
	}

	function band(score) {
		for (var i = 0; i < D.bands.length; i++)
			if (score >= D.bands[i].min)
				return D.bands[i];
		return D.bands[D.bands.length - 1];
	}

	function scoreAll(s) {
		var out = { principles: [], overall: null }, sum = 0, n = 0;

		D.principles.forEach(function (p) {
			var num = { user: 0, inclusion: 0 };
			var den = { user: 0, inclusion: 0 };
			var r = { id: p.id, answered: 0, total: p.criteria.length };

			p.criteria.forEach(function (c) {
				var lv = s.answers[c.id][0], f = 0;

				if (lv === D.nvt.id) {
					r.answered++;
					return;
				}
				if (lv !== null) {
					f = points(lv) / D.max_points;
					r.answered++;
				}
				num[c.kind] += c.weight * f;
				den[c.kind] += c.weight;
			});
			r.user = den.user > 0 ? 100 * num.user / den.user : null;
			r.inclusion = den.inclusion > 0 ?
			    100 * num.inclusion / den.inclusion : null;
			r.score = den.user + den.inclusion > 0 ?
			    100 * (num.user + num.inclusion) /
			    (den.user + den.inclusion) : null;
			if (r.score !== null) {
				sum += r.score;
				n++;
			}
			out.principles.push(r);
		});
		if (n > 0)
			out.overall = sum / n;
		return out;
	}

	function significance(b, u) {
		var be = b.value === undefined ? 'unknown' :
		    b.value > D.threshold.budget_eur ? 'yes' : 'no';
		var ue = u.value === undefined ? 'unknown' :
		    u.value > D.threshold.users ? 'yes' : 'no';

		if (be === 'yes' || ue === 'yes')
			return { verdict: 'yes' };
		if (be === 'unknown' || ue === 'unknown')
			return { verdict: 'unknown', missing: be === 'unknown' ?
			    'budget_eur' : 'users' };
		return { verdict: 'no' };
	}

	/* The answers file. */

	function P(v) {
		return { k: 'p', v: v };
	}

	function Q(v) {
		return { k: 'q', v: v };
	}

	/* Whether s reads back as the same string when written plain. */
	function plainSafe(s) {
		return /^[A-Za-z][A-Za-z0-9_.-]*$/.test(s) &&
		    !/^(y|n|yes|no|on|off|true|false|null)$/i.test(s);
	}

	function word(s) {
		return plainSafe(s) ? P(s) : Q(s);
	}

	/* A double-quoted YAML string: always valid, whatever s holds. */
	function dq(s) {
		var out = '"', i, c, h;

		for (i = 0; i < s.length; i++) {
			c = s.charCodeAt(i);
			if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length &&
			    s.charCodeAt(i + 1) >= 0xdc00 &&
			    s.charCodeAt(i + 1) <= 0xdfff) {
				out += s[i] + s[i + 1];
				i++;
			} else if (c >= 0xd800 && c <= 0xdfff)
				out += '\ufffd';
			else if (c === 0x5c)
				out += '\\\\';
			else if (c === 0x22)
				out += '\\"';
			else if (c === 0x0a)
				out += '\\n';
			else if (c === 0x09)
				out += '\\t';
			else if (c === 0x0d)
				out += '\\r';
			else if (c === 0x85)
				out += '\\N';
			else if (c === 0x2028)
				out += '\\L';
			else if (c === 0x2029)
				out += '\\P';
			else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) ||
			    c === 0xfeff) {
				h = c.toString(16).toUpperCase();
				out += '\\u' + '0000'.slice(h.length) + h;
			} else
				out += s[i];
		}
		return out + '"';
	}

	function tagOf(n) {
		return n.t && n.t !== '!' ? '!<' + n.t + '> ' : '';
	}

	function scalar(n) {
		var v = n.v;

		if (n.k === 'p' && !n.t && v === '')
			return '';
		if (n.k === 'p' && v !== '' && !/[\n\r\t]|^ | $/.test(v))
			return tagOf(n) + v;
		return tagOf(n) + dq(v);
	}

	function emitValue(n, ind, head, out) {
		if ((n.k === 'm' || n.k === 's') && n.v.length > 0) {
			out.push(head + (n.t ? ' ' + tagOf(n).trim() : ''));
			if (n.k === 'm')
				emitMap(n.v, ind + 2, out);
			else
				emitSeq(n.v, ind + 2, out);
		} else if (n.k === 'm')
			out.push(head + ' ' + tagOf(n) + '{}');
		else if (n.k === 's')
			out.push(head + ' ' + tagOf(n) + '[]');
		else {
			var s = scalar(n);

			out.push(s === '' ? head : head + ' ' + s);
		}
	}

	function emitMap(pairs, ind, out) {
		var pad = new Array(ind + 1).join(' ');

		pairs.forEach(function (kv) {
			var k = kv[0].k === 'p' || kv[0].k === 'q' ?
			    scalar(kv[0]) : '""';

			emitValue(kv[1], ind, pad + (k === '' ? '""' : k) + ':',
			    out);
		});
	}

	function emitSeq(items, ind, out) {
		var pad = new Array(ind + 1).join(' ');

		items.forEach(function (n) {
			emitValue(n, ind, pad + '-', out);
		});
	}

	function find(map, key, anyCase) {
		for (var i = 0; i < map.v.length; i++) {
			var k = map.v[i][0];

			if (k.k !== 'm' && k.k !== 's' && (anyCase ?
			    k.v.toLowerCase() === key.toLowerCase() :
			    k.v === key))
				return i;
		}
		return -1;
	}

	/* Sets key in map to value, or takes it out when value is null. */
	function put(map, key, value) {
		var i = find(map, key, false);

		if (value === null) {
			if (i >= 0)
				map.v.splice(i, 1);
		} else if (i >= 0)
			map.v[i][1] = value;
		else
			map.v.push([P(key), value]);
	}

	function child(root, key) {
		var i = find(root, key, false);

		if (i < 0 || root.v[i][1].k !== 'm') {
			put(root, key, { k: 'm', v: [] });
			i = find(root, key, false);
		}
		return root.v[i][1];
	}

	function serviceValue(f, s) {
		if (f === 'type')
			return P(s);
		if (f === 'budget_eur' || f === 'users')
			return /^[0-9]+$/.test(s) ? P(s) : Q(s);
		if (f === 'assessed_on')
			return validDate(s) ? P(s) : Q(s);
		return Q(s);
	}

	function answerValue(old, a) {
		var m;

		if (a[1] === '' && a[2] === '' && (old === null ||
		    old.k === 'p' || old.k === 'q'))
			return a[0] === null ? P('') : word(a[0]);
		m = { k: 'm', v: old !== null && old.k === 'm' ?
		    old.v.slice() : [] };
		put(m, 'level', a[0] === null ? null : word(a[0]));
		put(m, 'motivation', a[1] === '' ? null : Q(a[1]));
		put(m, 'actions', a[2] === '' ? null : Q(a[2]));
		return m.v.length > 0 ? m : P('');
	}

	/*
	 * The answers file: the --from file's tree (or a new one) with what
	 * the form changed put in; everything else as it was.
	 */
	function yaml(s) {
		var st = startState(), root, svc, ans, out = [];

		root = D.tree ? JSON.parse(JSON.stringify(D.tree)) : { k: 'm',
		    v: [[P('aftoets'), P('1')], [P('catalog'),
		    word(D.catalog.id)]] };
		svc = child(root, 'service');
		FIELDS.forEach(function (f) {
			var v = s.service[f];

			if (v === st.service[f])
				return;
			v = v.trim();
			put(svc, f, v === '' ? null : serviceValue(f, v));
		});
		ans = child(root, 'answers');
		crits.forEach(function (c) {
			var a = s.answers[c.id], b = st.answers[c.id], i;

			if (a[0] === b[0] && a[1] === b[1] && a[2] === b[2])
				return;
			i = find(ans, c.id, true);
			if (i >= 0)
				ans.v[i][1] = answerValue(ans.v[i][1], a);
			else
				ans.v.push([P(c.id), answerValue(null, a)]);
		});
		emitMap(root.v, 0, out);
		return out.join('\n') + '\n';
	}

	/* A file name from the service name: letters, digits, . _ - only. */
	function fileName(name) {
		var s = name.normalize ? name.normalize('NFKD') : name;

		s = s.replace(/[\u0300-\u036f]/g, '')
		    .replace(/[^A-Za-z0-9._-]+/g, '-')
		    .replace(/^[-._]+|[-._]+$/g, '').toLowerCase().slice(0, 64)
		    .replace(/[-._]+$/, '');
		return (s === '' ? 'aftoets' : s) + '.yaml';
	}

	/* The page. */

	var notice, sigBox, sigMsg, results = {}, navItems = {}, fieldMsg = {};

	function say(text) {
		notice.textContent = text;
	}

	function fieldControl(f, parent) {
		var id = 'f-' + f, wrap = el('div', { 'class': 'field' }), c;
		var help = el('p', { 'class': 'problem', id: id + '-msg' });

		wrap.appendChild(el('label', { 'for': id }, T[f]));
		if (f === 'type') {
			c = el('select', { id: id, name: 'service.type' });
			c.appendChild(el('option', { value: '' }, T.type_none));
			c.appendChild(el('option', { value: 'nieuw' }, T.nieuw));
			c.appendChild(el('option', { value: 'herwerking' },
			    T.herwerking));
		} else
			c = el('input', { id: id, name: 'service.' + f,
			    type: 'text', autocomplete: 'off',
			    'aria-describedby': id + '-msg',
			    inputmode: f === 'budget_eur' || f === 'users' ?
			    'decimal' : 'text' });
		if (f === 'type')
			c.setAttribute('aria-describedby', id + '-msg');
		wrap.appendChild(c);
		wrap.appendChild(help);
		parent.appendChild(wrap);
		controls[f] = c;
		fieldMsg[f] = help;
	}

	function guidance(c) {
		var d = el('details', { 'class': 'guidance' }), dl;

		d.appendChild(el('summary', {}, T.guidance));
		if (c.guidance)
			d.appendChild(el('p', {}, c.guidance));
		if (c.practice && c.practice.length > 0) {
			d.appendChild(el('h4', {}, T.practice));
			dl = el('dl', {});
			c.practice.forEach(function (pr) {
				var lv = LEVELS.filter(function (l) {
					return l.id === pr.level;
				})[0];

				dl.appendChild(el('dt', {}, lv ? lv.label :
				    pr.level));
				dl.appendChild(el('dd', {}, pr.text));
			});
			d.appendChild(dl);
		}
		if (c.evidence) {
			d.appendChild(el('h4', {}, T.evidence));
			d.appendChild(el('p', {}, c.evidence));
		}
		if (c.pitfall) {
			d.appendChild(el('h4', {}, T.pitfall));
			d.appendChild(el('p', {}, c.pitfall));
		}
		return d;
	}

	function criterion(c, parent) {
		var fs = el('fieldset', { id: 'c-' + c.id, 'class': 'criterion' });
		var lg = el('legend', {}), box = el('div', { 'class': 'levels' });
		var base = 'answers.' + c.id + '.', rec = { id: c.id, fs: fs };
		var levels = LEVELS.concat([D.nvt]), mid, aid, pr;

		lg.appendChild(el('span', { 'class': 'cid' }, c.id));
		lg.appendChild(document.createTextNode(' '));
		lg.appendChild(el('span', {}, c.text));
		fs.appendChild(lg);
		fs.appendChild(el('p', { 'class': 'meta' },
		    (c.kind === 'user' ? T.kind_user : T.kind_inclusion) +
		    (c.weight !== 1 ? ', ' + fmt(T.weight, c.weight) : '')));
		[{ id: '', label: T.no_level }].concat(levels)
		    .forEach(function (l, i) {
			var rid = 'r-' + c.id + '-' + i;
			var w = el('div', { 'class': 'level' });

			w.appendChild(el('input', { type: 'radio', id: rid,
			    name: base + 'level', value: l.id }));
			w.appendChild(el('label', { 'for': rid },
			    l.points !== undefined ? l.label + ' (' + l.points +
			    ')' : l.label));
			box.appendChild(w);
		});
		fs.appendChild(box);
		fs.appendChild(guidance(c));
		mid = 'm-' + c.id;
		aid = 'a-' + c.id;
		fs.appendChild(el('label', { 'for': mid }, T.motivation));
		rec.mot = el('textarea', { id: mid, name: base + 'motivation',
		    rows: '3' });
		fs.appendChild(rec.mot);
		rec.warn = el('p', { 'class': 'problem', id: mid + '-msg' });
		rec.mot.setAttribute('aria-describedby', mid + '-msg');
		fs.appendChild(rec.warn);
		fs.appendChild(el('label', { 'for': aid }, T.actions));
		rec.act = el('textarea', { id: aid, name: base + 'actions',
		    rows: '2' });
		fs.appendChild(rec.act);
		/* What print shows in place of the controls. */
		pr = el('div', { 'class': 'print-only' });
		rec.pLevel = el('p', { 'class': 'p-level' });
		rec.pMot = el('p', { 'class': 'p-text' });
		rec.pAct = el('p', { 'class': 'p-text' });
		pr.appendChild(rec.pLevel);
		pr.appendChild(rec.pMot);
		pr.appendChild(rec.pAct);
		fs.appendChild(pr);
		parent.appendChild(fs);
		crits.push(rec);
	}

	function scoreLine(id, parent, label) {
		var p = el('p', { 'class': 'score' }), v;

		p.appendChild(el('span', { 'class': 'score-label' }, label + ': '));
		v = el('strong', { 'data-score-of': id, 'data-value': '' });
		p.appendChild(v);
		parent.appendChild(p);
		return v;
	}

	function build() {
		var body = document.body, header, main, nav, ul, svc, res, tb;
		var save, clear, table, cn;

		document.title = T.title;
		header = el('header', {});
		header.appendChild(el('h1', {}, T.title));
		header.appendChild(el('p', { 'class': 'catalog' },
		    D.catalog.title + ' (' + D.catalog.id + ' ' +
		    D.catalog.version + ')'));
		if (D.catalog.notice) {
			cn = el('p', { 'class': 'catalog-notice',
			    'data-catalog-notice': '' });
			cn.appendChild(el('strong', {}, T.notice + ': '));
			cn.appendChild(document.createTextNode(D.catalog.notice));
			header.appendChild(cn);
		}
		header.appendChild(el('p', {}, T.intro));
		if (D.file)
			header.appendChild(el('p', {}, fmt(T.from, D.file)));
		body.appendChild(header);

		tb = el('div', { 'class': 'toolbar' });
		save = el('button', { type: 'button', 'data-action': 'save' },
		    T.save);
		clear = el('button', { type: 'button',
		    'data-action': 'clear-draft' }, T.clear);
		tb.appendChild(save);
		tb.appendChild(clear);
		notice = el('p', { 'class': 'notice', role: 'status' });
		tb.appendChild(notice);
		body.appendChild(tb);

		nav = el('nav', { 'aria-label': T.nav });
		ul = el('ul', {});
		D.principles.forEach(function (p) {
			var li = el('li', {}), a = el('a', { href: '#p-' + p.id },
			    p.title), n = el('span', { 'class': 'progress' });

			li.appendChild(a);
			li.appendChild(document.createTextNode(' '));
			li.appendChild(n);
			ul.appendChild(li);
			navItems[p.id] = n;
		});
		nav.appendChild(ul);
		body.appendChild(nav);

		main = el('main', {});
		res = el('section', { 'class': 'results',
		    'aria-labelledby': 'h-results' });
		res.appendChild(el('h2', { id: 'h-results' }, T.results));
		results.overall = scoreLine('overall', res, T.overall);
		table = el('ul', { 'class': 'per-principle' });
		D.principles.forEach(function (p) {
			var li = el('li', {});

			results['li-' + p.id] = scoreLine(p.id, li, p.title);
			table.appendChild(li);
		});
		res.appendChild(table);
		main.appendChild(res);

		svc = el('fieldset', { 'class': 'service' });
		svc.appendChild(el('legend', {}, T.service));
		FIELDS.forEach(function (f) {
			fieldControl(f, svc);
		});
		sigBox = el('p', { 'class': 'significance',
		    'data-significance': 'unknown', role: 'status' });
		svc.appendChild(sigBox);
		svc.appendChild(el('p', { 'class': 'meta' }, fmt(T.thresholds,
		    showWhole(D.threshold.budget_eur),
		    showWhole(D.threshold.users))));
		sigMsg = sigBox;
		main.appendChild(svc);

		D.principles.forEach(function (p) {
			var sec = el('section', { id: 'p-' + p.id,
			    'class': 'principle', 'aria-labelledby': 'h-' + p.id });
			var sub = el('p', { 'class': 'subscores' });

			sec.appendChild(el('h2', { id: 'h-' + p.id }, p.title));
			if (p.summary)
				sec.appendChild(el('p', { 'class': 'summary' },
				    p.summary));
			results[p.id] = {
				score: el('span', { 'data-principle-score': p.id }),
				user: el('span', { 'data-user-score-of': p.id }),
				inclusion: el('span',
				    { 'data-inclusion-score-of': p.id }),
				answered: el('span', {})
			};
			sub.appendChild(results[p.id].score);
			sub.appendChild(document.createTextNode(' \u00b7 '));
			sub.appendChild(results[p.id].user);
			sub.appendChild(document.createTextNode(' \u00b7 '));
			sub.appendChild(results[p.id].inclusion);
			sub.appendChild(document.createTextNode(' \u00b7 '));
			sub.appendChild(results[p.id].answered);
			sec.appendChild(sub);
			p.criteria.forEach(function (c) {
				criterion(c, sec);
			});
			main.appendChild(sec);
		});
		body.appendChild(main);

		main.addEventListener('input', changed);
		main.addEventListener('change', changed);
		save.addEventListener('click', saveFile);
		clear.addEventListener('click', clearDraft);
	}

	function sub(label, v) {
		return label + ' ' + (v === null ? T.no_score : showScore(v));
	}

	function update() {
		var s = state(), r = scoreAll(s), b = budget(), u = users();
		var sig = significance(b, u), levelLabel = {};

		LEVELS.concat([D.nvt]).forEach(function (l) {
			levelLabel[l.id] = l.label;
		});
		r.principles.forEach(function (p) {
			var li = results['li-' + p.id], x = results[p.id];
			var bd = p.score === null ? null : band(p.score);
			var text = p.score === null ? T.no_score :
			    showScore(p.score) + ' \u2013 ' + bd.label;

			li.setAttribute('data-value', p.score === null ? '' :
			    String(round1(p.score)));
			li.setAttribute('data-band', bd ? bd.id : '');
			li.textContent = text;
			x.score.textContent = T.score + ' ' + text;
			x.user.textContent = sub(T.user_score, p.user);
			x.user.setAttribute('data-value', p.user === null ? '' :
			    String(round1(p.user)));
			x.inclusion.textContent = sub(T.inclusion_score,
			    p.inclusion);
			x.inclusion.setAttribute('data-value',
			    p.inclusion === null ? '' : String(round1(p.inclusion)));
			x.answered.textContent = fmt(T.answered, p.answered,
			    p.total);
			navItems[p.id].textContent = p.answered + '/' + p.total;
		});
		results.overall.setAttribute('data-value', r.overall === null ?
		    '' : String(round1(r.overall)));
		results.overall.setAttribute('data-band', r.overall === null ?
		    '' : band(r.overall).id);
		results.overall.textContent = r.overall === null ? T.no_score :
		    showScore(r.overall) + ' \u2013 ' + band(r.overall).label;

		sigBox.setAttribute('data-significance', sig.verdict);
		sigMsg.textContent = sig.verdict === 'yes' ? T.sig_yes :
		    sig.verdict === 'no' ? T.sig_no :
		    fmt(T.sig_unknown, T[sig.missing]);
		if (s.service.name.trim() !== '')
			problem('name', '');
		problem('budget_eur', b.error || '');
		problem('users', u.error || '');
		problem('assessed_on', s.service.assessed_on.trim() !== '' &&
		    s.service.assessed_on.trim() !==
		    (START.service.assessed_on || '').trim() &&
		    !validDate(s.service.assessed_on.trim()) ?
		    fmt(T.bad_date, s.service.assessed_on.trim()) : '');
		crits.forEach(function (c) {
			var a = s.answers[c.id];

			c.warn.textContent = a[0] === D.nvt.id &&
			    a[1].trim() === '' ? T.nvt_needs : '';
			c.pLevel.textContent = T.level + ': ' + (a[0] === null ?
			    T.no_level : levelLabel[a[0]] || a[0]);
			c.pMot.textContent = a[1] === '' ? '' :
			    T.motivation + ': ' + a[1];
			c.pAct.textContent = a[2] === '' ? '' :
			    T.actions + ': ' + a[2];
		});
		return s;
	}

	function problem(f, text) {
		fieldMsg[f].textContent = text;
		if (text === '')
			controls[f].removeAttribute('aria-invalid');
		else
			controls[f].setAttribute('aria-invalid', 'true');
	}

	/* The draft. */

	function keep(s) {
		if (storage === null)
			return;
		try {
			storage.setItem(KEY, JSON.stringify({ v: 1,
			    at: new Date().toISOString(), state: s }));
		} catch (e) {
			say(T.no_storage);
		}
	}

	function changed() {
		keep(update());
	}

	function clearDraft() {
		if (storage !== null)
			storage.removeItem(KEY);
		setState(startState());
		update();
		say(T.cleared);
	}

	function restore() {
		var raw, d;

		try {
			storage = window.localStorage;
			raw = storage.getItem(KEY);
		} catch (e) {
			storage = null;
			say(T.no_storage);
			return;
		}
		if (raw === null)
			return;
		try {
			d = JSON.parse(raw);
		} catch (e) {
			return;
		}
		if (d === null || d.v !== 1 || typeof d.state !== 'object')
			return;
		setState(d.state);
		say(fmt(T.restored, new Date(d.at).toLocaleString(
		    D.lang === 'nl' ? 'nl-BE' : 'en-GB')));
	}

	/* Saving. */

	function saveFile() {
		var s = update(), name = s.service.name.trim(), bad = null;
		var blob, url, a, file;

		problem('name', name === '' ? T.name_missing : '');
		['name', 'budget_eur', 'users', 'assessed_on']
		    .forEach(function (f) {
			if (bad === null && fieldMsg[f].textContent !== '')
				bad = f;
		});
		if (bad !== null) {
			controls[bad].focus();
			say(fieldMsg[bad].textContent);
			return;
		}
		file = fileName(name);
		blob = new Blob([yaml(s)], { type: 'application/yaml' });
		url = URL.createObjectURL(blob);
		a = el('a', { href: url, download: file });
		document.body.appendChild(a);
		a.click();
		a.remove();
		setTimeout(function () {
			URL.revokeObjectURL(url);
		}, 1000);
		say(fmt(T.saved, file));
	}

	/* For the tests: the YAML the form would save, and the money rule. */
	window.aftoetsForm = {
		yaml: function () {
			return yaml(state());
		},
		money: moneyCents,
		fileName: fileName
	};

	build();
	setState(startState());
	restore();
	update();
}());
