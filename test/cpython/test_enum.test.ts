/**
 * Port of CPython 3.14 Lib/test/test_json/test_enum.py.
 *
 * Python's IntEnum and (float, Enum) members are int and float subclasses, encoded as their
 * value. JS has no such subclasses: the nearest counterparts are TypeScript numeric enums (their
 * members are plain numbers) and, for values a TS enum cannot hold (2**64, 2**96 as bigint,
 * ±Infinity and NaN), a frozen constant object. The tests keep CPython's expected texts.
 *
 * Not portable: a member's own repr in error messages (CPython writes
 * `Out of range float values are not JSON compliant: <WierdNum.nan: nan>`): JS numbers carry no
 * enum identity.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumps, loads } from '../../src/index.js';

const SMALL = 1;
const BIG = 2 ** 32;
const HUGE = 2n ** 64n;
const REALLY_HUGE = 2n ** 96n;

/** IntEnum BigNum: small and big fit a TS enum; huge and really_huge need bigint. */
enum SmallNum {
  small = 1,
  big = 4294967296,
}
const BigNum = Object.freeze({ small: SmallNum.small, big: SmallNum.big, huge: HUGE, really_huge: REALLY_HUGE });

const E = 2.718281;
const PI = 3.141593;
const TAU = 2 * PI;

enum FloatNum {
  e = 2.718281,
  pi = 3.141593,
  tau = 2 * 3.141593,
}
const FLOAT_MEMBERS = [FloatNum.e, FloatNum.pi, FloatNum.tau];

/** (float, Enum) WierdNum: inf, neg_inf, nan. */
const WierdNum = Object.freeze({ inf: Infinity, neg_inf: -Infinity, nan: NaN });

describe('test_enum', () => {
  it('dumps() writes float enum members as repr(value) and they load back (test_floats)', () => {
    const expected = ['2.718281', '3.141593', '6.283186'];
    FLOAT_MEMBERS.forEach((member, i) => {
      assert.equal(dumps(member), expected[i]);
      assert.equal(Number(dumps(member)), member);
      assert.equal(loads(dumps(member)), member);
    });
  });

  it('dumps() writes infinite and NaN members as Infinity, -Infinity, NaN (test_weird_floats)', () => {
    const members = [WierdNum.inf, WierdNum.neg_inf, WierdNum.nan];
    const expected = ['Infinity', '-Infinity', 'NaN'];
    members.forEach((member, i) => {
      assert.equal(dumps(member), expected[i]);
      if (!Number.isNaN(member)) {
        assert.equal(Number(dumps(member)), member);
        assert.equal(loads(dumps(member)), member);
      } else {
        assert.ok(Number.isNaN(Number(dumps(member))));
        assert.ok(Number.isNaN(loads(dumps(member))));
      }
    });
  });

  it('dumps() writes int enum members as str(value) and they load back (test_ints)', () => {
    const members = [BigNum.small, BigNum.big, BigNum.huge, BigNum.really_huge];
    const expected = ['1', '4294967296', '18446744073709551616', '79228162514264337593543950336'];
    members.forEach((member, i) => {
      assert.equal(dumps(member), expected[i]);
      assert.equal(BigInt(dumps(member)), BigInt(member));
      assert.equal(loads(dumps(member)), member);
    });
  });

  it('dumps() writes lists of members and they load back (test_list)', () => {
    const ints = [BigNum.small, BigNum.big, BigNum.huge, BigNum.really_huge];
    assert.equal(dumps(ints), '[1, 4294967296, 18446744073709551616, 79228162514264337593543950336]');
    assert.deepEqual(loads(dumps(ints)), ints);
    assert.equal(dumps(FLOAT_MEMBERS), '[2.718281, 3.141593, 6.283186]');
    assert.deepEqual(loads(dumps(FLOAT_MEMBERS)), FLOAT_MEMBERS);
    const weird = [WierdNum.inf, WierdNum.neg_inf, WierdNum.nan];
    assert.equal(dumps(weird), '[Infinity, -Infinity, NaN]');
    const back = loads(dumps(weird));
    assert.deepEqual(back.slice(0, 2), weird.slice(0, 2));
    assert.ok(Number.isNaN(back[2]));
  });

  it('dumps() converts member keys as str(int), repr(float) and Infinity/-Infinity/NaN (test_dict_keys)', () => {
    const d = new Map<unknown, string>([
      [BigNum.small, 'tiny'], [BigNum.big, 'large'], [BigNum.huge, 'larger'], [BigNum.really_huge, 'largest'],
      [FloatNum.e, "Euler's number"], [FloatNum.pi, 'pi'], [FloatNum.tau, 'tau'],
      [WierdNum.inf, 'Infinity'], [WierdNum.neg_inf, '-Infinity'], [WierdNum.nan, 'NaN'],
    ]);
    const text = dumps(d);
    assert.equal(
      text,
      '{"1": "tiny", "4294967296": "large", "18446744073709551616": "larger", "79228162514264337593543950336": "largest", ' +
        '"2.718281": "Euler\'s number", "3.141593": "pi", "6.283186": "tau", ' +
        '"Infinity": "Infinity", "-Infinity": "-Infinity", "NaN": "NaN"}',
    );
    const nd = loads(text);
    assert.equal(nd[String(SMALL)], 'tiny');
    assert.equal(nd[String(BIG)], 'large');
    assert.equal(nd[String(HUGE)], 'larger');
    assert.equal(nd[String(REALLY_HUGE)], 'largest');
    assert.equal(nd['2.718281'], "Euler's number"); // repr(E)
    assert.equal(nd['3.141593'], 'pi'); // repr(PI)
    assert.equal(nd['6.283186'], 'tau'); // repr(TAU)
    assert.equal(nd['Infinity'], 'Infinity');
    assert.equal(nd['-Infinity'], '-Infinity');
    assert.equal(nd['NaN'], 'NaN');
  });

  it('dumps() writes member values and they load back (test_dict_values)', () => {
    const d = {
      tiny: BigNum.small, large: BigNum.big, larger: BigNum.huge, largest: BigNum.really_huge,
      e: FloatNum.e, pi: FloatNum.pi, tau: FloatNum.tau,
      i: WierdNum.inf, j: WierdNum.neg_inf, n: WierdNum.nan,
    };
    const text = dumps(d);
    assert.equal(
      text,
      '{"tiny": 1, "large": 4294967296, "larger": 18446744073709551616, "largest": 79228162514264337593543950336, ' +
        '"e": 2.718281, "pi": 3.141593, "tau": 6.283186, "i": Infinity, "j": -Infinity, "n": NaN}',
    );
    const nd = loads(text);
    assert.equal(nd.tiny, SMALL);
    assert.equal(nd.large, BIG);
    assert.equal(nd.larger, HUGE);
    assert.equal(nd.largest, REALLY_HUGE);
    assert.equal(nd.e, E);
    assert.equal(nd.pi, PI);
    assert.equal(nd.tau, TAU);
    assert.equal(nd.i, Infinity);
    assert.equal(nd.j, -Infinity);
    assert.ok(Number.isNaN(nd.n));
  });
});
