// Unit tests of pyjson/python's datetime types. Every expected text and value below was pinned
// from CPython 3.14.2 (pyodide 314.0.7, the C _datetime module), except where a comment says the
// behaviour is pyjson's own (JS-only API: fromDate/toDate, keyword objects, compare()).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dumps, float } from '../../src/index.js';
import {
  date,
  datetime,
  OverflowError,
  pyRepr,
  time,
  timedelta,
  timezone,
  ValueError,
} from '../../src/python/index.js';

const repr = (x: { [pyRepr](): string }) => x[pyRepr]();
const hours = (h: number, minutes = 0) => new timezone(new timedelta({ hours: h, minutes }));

function raises(f: () => unknown, cls: new (...a: never[]) => Error, message: string): void {
  assert.throws(f, (e: Error) => {
    assert.ok(e instanceof cls, `expected ${cls.name}, got ${e.name}: ${e.message}`);
    assert.equal(e.message, message);
    return true;
  });
}

describe('constructors', () => {
  test('datetime, date and time take Python positional arguments and print as CPython', () => {
    const dt = new datetime(2024, 1, 2, 3, 4, 5, 123456, timezone.utc);
    assert.equal(repr(dt), 'datetime.datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.timezone.utc)');
    assert.equal(String(dt), '2024-01-02 03:04:05.123456+00:00');
    assert.equal(repr(new datetime(2024, 1, 2)), 'datetime.datetime(2024, 1, 2, 0, 0)');
    assert.equal(repr(new date(2024, 1, 2)), 'datetime.date(2024, 1, 2)');
    assert.equal(repr(new time(3, 4, 5, 6, hours(1))), 'datetime.time(3, 4, 5, 6, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))');
    assert.equal(repr(new time()), 'datetime.time(0, 0)');
    assert.equal(new datetime(2024, 1, 2, 3, 4, 5, 6).year + new datetime(2024, 1, 2, 3, 4, 5, 6).microsecond, 2030);
  });

  test('range errors carry CPython 3.14 texts', () => {
    raises(() => new date(2024, 13, 1), ValueError, 'month must be in 1..12, not 13');
    raises(() => new date(2024, 2, 30), ValueError, 'day 30 must be in range 1..29 for month 2 in year 2024');
    raises(() => new date(0, 1, 1), ValueError, 'year must be in 1..9999, not 0');
    raises(() => new datetime(2024, 1, 1, 24), ValueError, 'hour must be in 0..23, not 24');
    raises(() => new datetime(2024, 1, 1, 1, 60), ValueError, 'minute must be in 0..59, not 60');
    raises(() => new datetime(2024, 1, 1, 1, 1, 60), ValueError, 'second must be in 0..59, not 60');
    raises(() => new time(1, 1, 1, 1000000), ValueError, 'microsecond must be in 0..999999, not 1000000');
    raises(() => new datetime(2024, 1, 1, 0, 0, 0, 0, null, 2 as 0), ValueError, 'fold must be either 0 or 1, not 2');
  });

  test('a safe integer, a bigint or a boolean is an int; any other number is a float', () => {
    raises(() => new date(2024.5, 1, 1), TypeError, "'float' object cannot be interpreted as an integer");
    raises(() => new date(float(2024) as never, 1, 1), TypeError, "'float' object cannot be interpreted as an integer");
    raises(() => new date('2024' as never, 1, 1), TypeError, "'str' object cannot be interpreted as an integer");
    raises(() => new date(null as never, 1, 1), TypeError, "'NoneType' object cannot be interpreted as an integer");
    assert.equal(repr(new date(2024n, 1n, true as never)), 'datetime.date(2024, 1, 1)');
    // pyodide's C long is 32 bits wide, hence "C long" for every int outside int32.
    raises(() => new date(2 ** 31, 1, 1), OverflowError, 'Python int too large to convert to C long');
    raises(() => new (date as new (...a: unknown[]) => date)(2024), TypeError, "function missing required argument 'month' (pos 2)");
  });

  test('tzinfo must be a timezone or null', () => {
    raises(() => new datetime(2024, 1, 1, 0, 0, 0, 0, 1 as never), TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type 'int'");
    raises(() => new time(0, 0, 0, 0, new timedelta(1) as never), TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type 'datetime.timedelta'");
  });

  test('fold shows in repr only (after tzinfo for time, before it for datetime), not in equality', () => {
    const a = new datetime(2024, 1, 1, 0, 0, 0, 0, timezone.utc, 1);
    assert.equal(repr(a), 'datetime.datetime(2024, 1, 1, 0, 0, fold=1, tzinfo=datetime.timezone.utc)');
    assert.equal(repr(new time(1, 0, 0, 0, timezone.utc, 1)), 'datetime.time(1, 0, tzinfo=datetime.timezone.utc, fold=1)');
    assert.ok(new datetime(2024, 1, 1, 0, 0, 0, 0, null, 1).equals(new datetime(2024, 1, 1)));
    assert.equal(repr(a.add(new timedelta(1))), 'datetime.datetime(2024, 1, 2, 0, 0, tzinfo=datetime.timezone.utc)');
  });

  test('values are immutable and named as Python names their types', () => {
    const d = new datetime(2024, 1, 2);
    assert.ok(Object.isFrozen(d) && Object.isFrozen(new date(2024, 1, 1)) && Object.isFrozen(new timedelta(1)));
    assert.throws(() => {
      (d as { year: number }).year = 1;
    }, TypeError);
    assert.ok(d instanceof date);
    assert.deepEqual([datetime, date, time, timedelta, timezone].map((c) => c.name), ['datetime', 'date', 'time', 'timedelta', 'timezone']);
    assert.throws(() => dumps({ when: d }), { message: 'Object of type datetime is not JSON serializable' });
    assert.equal(dumps({ when: new datetime(2024, 1, 2, 3, 4, 5, 123456, timezone.utc) }, { default: String }), '{"when": "2024-01-02 03:04:05.123456+00:00"}');
    // pyjson's own: JSON.stringify writes the ISO format (dumps still refuses the value, as Python).
    const mixed = { a: new datetime(2024, 1, 2, 3, 4, 5, 0, timezone.utc), b: new date(2024, 1, 2), c: new time(1) };
    assert.equal(JSON.stringify(mixed), '{"a":"2024-01-02T03:04:05+00:00","b":"2024-01-02","c":"01:00:00"}');
    assert.throws(() => dumps(mixed), { message: 'Object of type datetime is not JSON serializable' });
  });
});

describe('timedelta', () => {
  test('normalises to days, seconds and microseconds, with Python repr and str', () => {
    assert.equal(repr(new timedelta(-1, 86399)), 'datetime.timedelta(days=-1, seconds=86399)');
    assert.equal(repr(new timedelta()), 'datetime.timedelta(0)');
    assert.equal(String(new timedelta(-1, 86399, 999999)), '-1 day, 23:59:59.999999');
    assert.equal(String(new timedelta(-2, 86399, 999999)), '-2 days, 23:59:59.999999');
    assert.equal(String(new timedelta(2)), '2 days, 0:00:00');
    assert.equal(String(new timedelta()), '0:00:00');
    assert.equal(String(timedelta.max), '999999999 days, 23:59:59.999999');
    assert.equal(repr(timedelta.min), 'datetime.timedelta(days=-999999999)');
    const kw = new timedelta({ weeks: 1, days: 2, hours: 3, minutes: 4, seconds: 5, milliseconds: 6, microseconds: 7 });
    assert.deepEqual([kw.days, kw.seconds, kw.microseconds], [9, 11045, 6007]);
  });

  test('rounds float arguments half to even, with the fractions carried as the C module does', () => {
    const us = (x: number) => repr(new timedelta(0, 0, x));
    assert.equal(us(0.5), 'datetime.timedelta(0)');
    assert.equal(us(1.5), 'datetime.timedelta(microseconds=2)');
    assert.equal(us(2.5), 'datetime.timedelta(microseconds=2)');
    assert.equal(us(-1.5), 'datetime.timedelta(days=-1, seconds=86399, microseconds=999998)');
    assert.equal(repr(new timedelta({ days: 0.1, hours: -0.5, seconds: 1.0000005, milliseconds: -0.0005 })), 'datetime.timedelta(seconds=6841)');
    assert.equal(repr(new timedelta({ weeks: 1.5, minutes: -3.25, microseconds: 7 })), 'datetime.timedelta(days=10, seconds=43005, microseconds=7)');
    assert.equal(repr(new timedelta({ seconds: 86399.9999995 })), 'datetime.timedelta(seconds=86399, microseconds=999999)');
    assert.equal(repr(new timedelta({ days: 1 / 3 })), 'datetime.timedelta(seconds=28800)');
  });

  test('range and type errors', () => {
    raises(() => new timedelta({ days: 1000000000 }), OverflowError, 'days=1000000000; must have magnitude <= 999999999');
    raises(() => new timedelta({ days: 999999999, hours: 24 }), OverflowError, 'days=1000000000; must have magnitude <= 999999999');
    raises(() => timedelta.max.add(timedelta.resolution), OverflowError, 'days=1000000000; must have magnitude <= 999999999');
    raises(() => new timedelta({ seconds: 2 ** 53 }), OverflowError, 'Python int too large to convert to C int');
    raises(() => new timedelta({ days: NaN }), ValueError, 'cannot convert float NaN to integer');
    raises(() => new timedelta({ days: Infinity }), OverflowError, 'cannot convert float infinity to integer');
    raises(() => new timedelta('1' as never), TypeError, 'unsupported type for timedelta days component: str');
    raises(() => new timedelta({ day: 1 } as never), TypeError, "__new__() got an unexpected keyword argument 'day'. Did you mean 'days'?");
  });

  test('total_seconds() is the correctly rounded float of the microseconds, beyond 2**53 too', () => {
    assert.equal(timedelta.max.total_seconds(), 86400000000000.0);
    assert.equal(timedelta.min.total_seconds(), -86399999913600.0);
    assert.equal(new timedelta(999999999, 0, 1).total_seconds(), 86399999913600.0);
    assert.equal(new timedelta(104249991, 31743, 993).total_seconds(), 9007199254143.002);
    assert.equal(new timedelta(-104249991, 31743, 995).total_seconds(), -9007199190656.998);
    assert.equal(new timedelta(0, 0, 2n ** 53n + 1n).total_seconds(), 9007199254.740993);
    assert.equal(repr(timedelta.min.neg()), 'datetime.timedelta(days=999999999)');
    assert.equal(new timedelta(-1).total_seconds(), -86400);
  });

  test('arithmetic and ordering', () => {
    assert.equal(repr(new timedelta(1).sub(new timedelta(0, 1))), 'datetime.timedelta(seconds=86399)');
    assert.equal(repr(new timedelta(0, 1).neg().abs()), 'datetime.timedelta(seconds=1)');
    assert.ok(new timedelta(-1).lt(new timedelta()) && new timedelta(1).equals(new timedelta(0, 86400)));
    assert.equal(new timedelta(1).compare(new timedelta(0, 86399, 999999)), 1);
    raises(() => new timedelta(1).add(1 as never), TypeError, "unsupported operand type(s) for +: 'datetime.timedelta' and 'int'");
    raises(() => new timedelta(1).lt(1 as never), TypeError, "'<' not supported between instances of 'datetime.timedelta' and 'int'");
  });
});

describe('timezone', () => {
  test('repr, str and tzname', () => {
    assert.equal(repr(timezone.utc), 'datetime.timezone.utc');
    assert.equal(repr(hours(1)), 'datetime.timezone(datetime.timedelta(seconds=3600))');
    assert.equal(repr(new timezone(new timedelta(0), 'UTC')), "datetime.timezone(datetime.timedelta(0), 'UTC')");
    assert.equal(String(new timezone(new timedelta(0, 3600, 5))), 'UTC+01:00:00.000005');
    assert.equal(String(new timezone(new timedelta(0, -3600, 5))), 'UTC-00:59:59.999995');
    assert.equal(String(hours(1, 30)), 'UTC+01:30');
    assert.equal(new timezone(new timedelta(0), '').tzname(), '');
    assert.equal(new timezone(new timedelta(0)), timezone.utc);
    assert.ok(new timezone(new timedelta(0), 'X').equals(timezone.utc));
    assert.equal(hours(1).dst(), null);
  });

  test('errors', () => {
    raises(() => new timezone(new timedelta({ hours: 24 })), ValueError,
      'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1)');
    raises(() => new timezone(1 as never), TypeError, 'timezone() argument 1 must be datetime.timedelta, not int');
    raises(() => new timezone(null as never), TypeError, 'timezone() argument 1 must be datetime.timedelta, not None');
    raises(() => new timezone(new timedelta(0), 1 as never), TypeError, 'timezone() argument 2 must be str, not int');
  });
});

describe('isoformat', () => {
  test('every timespec, with the offset as the C module writes it', () => {
    const dt = new datetime(2024, 1, 2, 3, 4, 5, 123456, timezone.utc);
    const t = new time(3, 4, 5);
    const want: [string, string, string][] = [
      ['auto', '2024-01-02 03:04:05.123456+00:00', '03:04:05'],
      ['hours', '2024-01-02 03+00:00', '03'],
      ['minutes', '2024-01-02 03:04+00:00', '03:04'],
      ['seconds', '2024-01-02 03:04:05+00:00', '03:04:05'],
      ['milliseconds', '2024-01-02 03:04:05.123+00:00', '03:04:05.000'],
      ['microseconds', '2024-01-02 03:04:05.123456+00:00', '03:04:05.000000'],
    ];
    for (const [spec, a, b] of want) {
      assert.equal(dt.isoformat(' ', spec as never), a);
      assert.equal(t.isoformat(spec as never), b);
    }
    const odd = new datetime(2024, 1, 2, 3, 4, 5, 123456, new timezone(new timedelta({ hours: -1, microseconds: 5 })));
    assert.equal(odd.isoformat('T', 'hours'), '2024-01-02T03-00:59:59.999995');
    assert.equal(new datetime(2024, 1, 1).isoformat('\ud83d\ude00'), '2024-01-01\ud83d\ude0000:00:00');
  });

  test('errors', () => {
    const dt = new datetime(2024, 1, 1);
    raises(() => dt.isoformat('T', 'bad' as never), ValueError, 'Unknown timespec value');
    raises(() => dt.isoformat('ab'), TypeError, 'isoformat() argument 1 must be a unicode character, not a string of length 2');
    raises(() => dt.isoformat(1 as never), TypeError, 'isoformat() argument 1 must be a unicode character, not int');
    raises(() => dt.isoformat('T', 1 as never), TypeError, 'isoformat() argument 2 must be str, not int');
    raises(() => dt.isoformat('T', 'a\0' as never), ValueError, 'embedded null character');
    raises(() => new time(1).isoformat(1 as never), TypeError, 'isoformat() argument 1 must be str, not int');
  });
});

describe('fromisoformat', () => {
  test('reads what CPython 3.14 reads', () => {
    const cases: [string, string][] = [
      ['2024-01-02T24:00', 'datetime.datetime(2024, 1, 3, 0, 0)'],
      ['2024-W01-1T03', 'datetime.datetime(2024, 1, 1, 3, 0)'],
      ['20240102', 'datetime.datetime(2024, 1, 2, 0, 0)'],
      ['2024-01-02 03:04:05.1234567+01:00', 'datetime.datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))'],
      ['2024-01-02T030405.5-0130', 'datetime.datetime(2024, 1, 2, 3, 4, 5, 500000, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=81000)))'],
      ['2024-01-02T03:04:05+01:00:30.5', 'datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(seconds=3630, microseconds=500000)))'],
      ['2024-01-02T03:04:05-00:00', 'datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)'],
      ['2024-01-02\ud83d\ude0003:04', 'datetime.datetime(2024, 1, 2, 3, 4)'],
      ['2020-W53-7', 'datetime.datetime(2021, 1, 3, 0, 0)'],
    ];
    for (const [s, want] of cases) assert.equal(repr(datetime.fromisoformat(s)), want, s);
    assert.equal(repr(date.fromisoformat('2024W011')), 'datetime.date(2024, 1, 1)');
    assert.equal(repr(time.fromisoformat('T0304Z')), 'datetime.time(3, 4, tzinfo=datetime.timezone.utc)');
    assert.equal(repr(time.fromisoformat('24:00')), 'datetime.time(0, 0)');
  });

  test('errors', () => {
    raises(() => datetime.fromisoformat('2024-W53'), ValueError, "Invalid isoformat string: '2024-W53'");
    raises(() => datetime.fromisoformat('2024-01-02T24:00:00.000001'), ValueError, 'minute, second, and microsecond must be 0 when hour is 24');
    raises(() => datetime.fromisoformat('9999-12-31T24:00'), ValueError, 'year must be in 1..9999, not 10000');
    raises(() => date.fromisoformat('2024-02-30'), ValueError, 'day 30 must be in range 1..29 for month 2 in year 2024');
    raises(() => time.fromisoformat('TT03'), ValueError, "Invalid isoformat string: 'TT03'");
    raises(() => datetime.fromisoformat('2024-01-02T03:04:05+24:00'), ValueError,
      'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1)');
    raises(() => datetime.fromisoformat(5 as never), TypeError, 'fromisoformat: argument must be str');
  });
});

describe('comparisons', () => {
  test('naive and aware values are never equal and cannot be ordered', () => {
    const naive = new datetime(2024, 1, 1);
    const aware = new datetime(2024, 1, 1, 0, 0, 0, 0, timezone.utc);
    assert.equal(naive.equals(aware), false);
    raises(() => naive.lt(aware), TypeError, "can't compare offset-naive and offset-aware datetimes");
    raises(() => naive.compare(aware), TypeError, "can't compare offset-naive and offset-aware datetimes");
    raises(() => new time(1).lt(new time(1, 0, 0, 0, timezone.utc)), TypeError, "can't compare offset-naive and offset-aware times");
    raises(() => naive.sub(aware), TypeError, "can't subtract offset-naive and offset-aware datetimes");
  });

  test('a date is not a datetime', () => {
    assert.equal(new date(2024, 1, 1).equals(new datetime(2024, 1, 1)), false);
    assert.equal(new datetime(2024, 1, 1).equals(new date(2024, 1, 1)), false);
    raises(() => new datetime(2024, 1, 1).lt(new date(2024, 1, 1) as never), TypeError,
      "'<' not supported between instances of 'datetime.datetime' and 'datetime.date'");
    raises(() => new date(2024, 1, 1).lt(new datetime(2024, 1, 1)), TypeError,
      "'<' not supported between instances of 'datetime.date' and 'datetime.datetime'");
  });

  test('aware values compare by their UTC instant; times ignore the offsets\' microseconds', () => {
    assert.ok(new datetime(2024, 1, 1, 0, 0, 0, 0, hours(1)).equals(new datetime(2023, 12, 31, 23, 0, 0, 0, timezone.utc)));
    assert.equal(new datetime(2024, 1, 1, 0, 0, 0, 0, hours(1)).compare(new datetime(2024, 1, 1, 0, 0, 0, 0, timezone.utc)), -1);
    const us = (n: number) => new time(0, 0, 0, 0, new timezone(new timedelta(0, 0, n)));
    assert.ok(us(1).equals(us(2)));
    assert.equal(us(1).lt(us(2)), false);
  });
});

describe('arithmetic and methods', () => {
  test('datetime and date arithmetic', () => {
    assert.equal(repr(new datetime(2024, 2, 29, 23, 59, 59, 999999).add(new timedelta(0, 0, 1))), 'datetime.datetime(2024, 3, 1, 0, 0)');
    assert.equal(repr(new date(2024, 3, 1).sub(new date(2023, 3, 1))), 'datetime.timedelta(days=366)');
    assert.equal(repr(datetime.fromisoformat('2024-01-02T03:04:05+01:00').sub(datetime.fromisoformat('2024-01-02T03:04:05Z'))), 'datetime.timedelta(days=-1, seconds=82800)');
    raises(() => new datetime(9999, 12, 31).add(new timedelta(1)), OverflowError, 'date value out of range');
    raises(() => new date(1, 1, 1).sub(new timedelta(1)), OverflowError, 'date value out of range');
    raises(() => new date(2024, 1, 1).sub(new datetime(2024, 1, 1) as never), TypeError, "unsupported operand type(s) for -: 'datetime.date' and 'datetime.datetime'");
  });

  test('calendar methods', () => {
    const d = new date(2024, 1, 1);
    assert.deepEqual([d.weekday(), d.isoweekday(), d.toordinal()], [0, 1, 738886]);
    assert.deepEqual(new date(2021, 1, 3).isocalendar(), [2020, 53, 7]);
    assert.deepEqual(new date(9999, 12, 31).isocalendar(), [9999, 52, 5]);
    assert.equal(repr(datetime.fromordinal(5)), 'datetime.datetime(1, 1, 5, 0, 0)');
    raises(() => date.fromordinal(0), ValueError, 'ordinal must be >= 1');
    raises(() => date.fromordinal(3652060), ValueError, 'year must be in 1..9999, not 10000');
  });

  test('replace, date(), time(), timetz(), astimezone(), timestamp()', () => {
    const dt = new datetime(2024, 1, 2, 3, 4, 5, 123456, timezone.utc);
    assert.equal(repr(dt.replace({ tzinfo: null, day: 3 })), 'datetime.datetime(2024, 1, 3, 3, 4, 5, 123456)');
    raises(() => dt.replace({ days: 1 } as never), TypeError, "replace() got an unexpected keyword argument 'days'. Did you mean 'day'?");
    raises(() => dt.replace({ month: 13 }), ValueError, 'month must be in 1..12, not 13');
    assert.equal(repr(dt.date()), 'datetime.date(2024, 1, 2)');
    assert.equal(repr(dt.time()), 'datetime.time(3, 4, 5, 123456)');
    assert.equal(repr(dt.timetz()), 'datetime.time(3, 4, 5, 123456, tzinfo=datetime.timezone.utc)');
    assert.equal(repr(dt.astimezone(hours(-5, -30))), 'datetime.datetime(2024, 1, 1, 21, 34, 5, 123456, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=66600)))');
    raises(() => new datetime(1, 1, 1, 0, 0, 0, 0, timezone.utc).astimezone(hours(-1)), OverflowError, 'date value out of range');
    assert.equal(new datetime(2024, 1, 1, 12, 0, 0, 0, hours(14)).timestamp(), 1704060000.0);
    assert.equal(repr(dt.utcoffset()!), 'datetime.timedelta(0)');
    assert.equal(new datetime(2024, 1, 1).utcoffset(), null);
  });

  // pyjson's own API: JS Dates in and out.
  test('fromDate() and toDate()', () => {
    const js = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
    assert.equal(repr(datetime.fromDate(js)), 'datetime.datetime(2024, 1, 2, 3, 4, 5, 6000, tzinfo=datetime.timezone.utc)');
    assert.equal(String(datetime.fromDate(js, hours(9))), '2024-01-02 12:04:05.006000+09:00');
    assert.equal(datetime.fromDate(js).toDate().getTime(), js.getTime());
    assert.equal(new datetime(2024, 1, 2, 3, 4, 5, 6999, timezone.utc).toDate().toISOString(), '2024-01-02T03:04:05.006Z');
    const local = datetime.fromDate(js, null);
    assert.equal(local.tzinfo, null);
    assert.equal(local.toDate().getTime(), js.getTime());
    assert.equal(new datetime(2024, 1, 2, 3, 4).toDate().getTime(), new Date(2024, 0, 2, 3, 4).getTime());
    assert.equal(new datetime(50, 1, 2).toDate().getFullYear(), 50);
    assert.equal(new datetime(1, 1, 1, 0, 0, 0, 0, timezone.utc).toDate().toISOString(), '0001-01-01T00:00:00.000Z');
    raises(() => datetime.fromDate(new Date(NaN)), ValueError, 'Invalid value NaN (not a number)');
    assert.equal(datetime.now(timezone.utc).tzinfo, timezone.utc);
    assert.equal(datetime.now().tzinfo, null);
    assert.ok(date.today() instanceof date);
  });

  test('naive datetimes are local time, with fold picking the side of a repeated or skipped hour', () => {
    // Pinned from pyodide with TZ=America/New_York (it reads the zone through JS's Date too).
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const gap = new datetime(2024, 3, 10, 2, 30);
      const repeated = new datetime(2024, 11, 3, 1, 30);
      assert.deepEqual(
        [gap.timestamp(), gap.replace({ fold: 1 }).timestamp(), repeated.timestamp(), repeated.replace({ fold: 1 }).timestamp()],
        [1710055800.0, 1710052200.0, 1730611800.0, 1730615400.0],
      );
      assert.equal(repeated.replace({ fold: 1 }).toDate().getTime(), 1730615400000);
      assert.equal(repr(repeated.replace({ fold: 1 }).astimezone(timezone.utc)), 'datetime.datetime(2024, 11, 3, 6, 30, tzinfo=datetime.timezone.utc)');
      assert.equal(repr(repeated.astimezone().utcoffset()!), 'datetime.timedelta(days=-1, seconds=72000)');
      assert.equal(repr(datetime.fromDate(new Date(1730615400000), null)), 'datetime.datetime(2024, 11, 3, 1, 30, fold=1)');
      assert.equal(repr(datetime.fromDate(new Date(1730619000000), null)), 'datetime.datetime(2024, 11, 3, 2, 30)');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
