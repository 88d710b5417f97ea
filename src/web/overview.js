/*
 * The overview of a portfolio: sort the services table by any column
 * and filter it by band, significance, organisation and name.  Without
 * this script the table is a plain table and the filters stay hidden.
 */
(function () {
	'use strict';

	var table = document.getElementById('services');
	var form = document.getElementById('filters');
	var shown = document.getElementById('shown');

	if (!table || !form || !shown)
		return;

	var body = table.tBodies[0];
	var heads = table.tHead.rows[0].cells;
	var rows = Array.prototype.slice.call(body.rows);
	var keys = [];		/* per column, a key per row, made once */
	var sorted = -1, up = true;
	var band = document.getElementById('f-band');
	var sig = document.getElementById('f-sig');
	var org = document.getElementById('f-org');
	var name = document.getElementById('f-name');

	var info = null;

	/*
	 * What the filters look at, read from each row once, when a filter
	 * is first used: the page's load does not wait for a pass over every
	 * row.  The service cell holds the link and, after a line break, the
	 * organisation.
	 */
	function readInfo() {
		if (info)
			return info;
		info = rows.map(function (r) {
			var th = r.cells[0], a = th.firstElementChild;
			var o = th.lastElementChild;

			if (a && a.tagName !== 'A')
				a = null;
			if (o && o.className !== 'muted')
				o = null;
			return {
				b: r.getAttribute('data-b'),
				s: r.getAttribute('data-s'),
				n: (a ? a.textContent : th.textContent).toLowerCase(),
				o: o ? o.textContent.toLowerCase() : ''
			};
		});
		return info;
	}

	function columnKeys(c) {
		if (keys[c])
			return keys[c];
		keys[c] = rows.map(function (r) {
			var cell = r.cells[c], v = cell.getAttribute('data-v');

			return v !== null ? parseFloat(v) :
			    cell.textContent.toLowerCase();
		});
		return keys[c];
	}

	function sortBy(c) {
		var k = columnKeys(c);
		var order = rows.map(function (r, i) { return i; });
		var frag = document.createDocumentFragment();

		up = sorted === c ? !up : true;
		sorted = c;
		order.sort(function (a, b) {
			var x = k[a], y = k[b], d;

			if (typeof x === 'number')
				d = x - y;
			else
				d = x < y ? -1 : x > y ? 1 : 0;
			return (up ? d : -d) || a - b;
		});
		order.forEach(function (i) { frag.appendChild(rows[i]); });
		body.appendChild(frag);
		for (var i = 0; i < heads.length; i++) {
			if (i === c)
				heads[i].setAttribute('aria-sort',
				    up ? 'ascending' : 'descending');
			else
				heads[i].removeAttribute('aria-sort');
		}
	}

	function count(n) {
		shown.textContent = shown.getAttribute('data-text')
		    .replace('{n}', String(n))
		    .replace('{m}', String(rows.length));
	}

	function filter() {
		var data = readInfo();
		var b = band.value, s = sig.value;
		var o = org.value.trim().toLowerCase();
		var n = name.value.trim().toLowerCase();
		var visible = 0;

		for (var i = 0; i < rows.length; i++) {
			var f = data[i];
			var ok = (b === '' || f.b === b) &&
			    (s === '' || f.s === s) &&
			    (o === '' || f.o.indexOf(o) >= 0) &&
			    (n === '' || f.n.indexOf(n) >= 0);

			if (rows[i].hidden === ok)
				rows[i].hidden = !ok;
			if (ok)
				visible++;
		}
		count(visible);
	}

	Array.prototype.forEach.call(heads, function (th, c) {
		var button = document.createElement('button');

		button.type = 'button';
		while (th.firstChild)
			button.appendChild(th.firstChild);
		th.appendChild(button);
		button.addEventListener('click', function () { sortBy(c); });
	});
	form.addEventListener('input', filter);
	form.addEventListener('change', filter);
	form.addEventListener('submit', function (e) { e.preventDefault(); });
	form.hidden = false;
	shown.hidden = false;
	/* A form kept filled by the browser (on going back) filters at once. */
	if (band.value || sig.value || org.value || name.value)
		filter();
	else
		count(rows.length);
})();
