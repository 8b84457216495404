import { describe, it, expect } from 'vitest';
import { countTitleWords, matchPersonName, matchSpeaker, findInlineSpeakers } from '../../src/rules/speaker.js';

const NBSP = '\u00a0';

describe('matchSpeaker: labels of turns', () => {
  it.each([
    ['Comrade Stalin: In China a war for peace is under way.', { label: 'Comrade Stalin:', name: 'Stalin', title: 'Comrade', labelStart: 0, contentStart: 16 }],
    ['Stalin: We can share our opinions first.', { label: 'Stalin:', name: 'Stalin', labelStart: 0, contentStart: 8 }],
    ['Comrade Mao Zedong: Yes.', { label: 'Comrade Mao Zedong:', name: 'Mao Zedong', title: 'Comrade', labelStart: 0, contentStart: 20 }],
    ['Chou En Lai: Our comrades think otherwise.', { label: 'Chou En Lai:', name: 'Chou En Lai', labelStart: 0, contentStart: 13 }],
    ['Molotov: That would break the parity.', { label: 'Molotov:', name: 'Molotov', labelStart: 0, contentStart: 9 }],
    ['KIM IL SUNG: We are ready.', { label: 'KIM IL SUNG:', name: 'KIM IL SUNG', labelStart: 0, contentStart: 13 }],
    ['Mr. Dulles: I do not agree.', { label: 'Mr. Dulles:', name: 'Dulles', title: 'Mr.', labelStart: 0, contentStart: 12 }],
    ['Ambassador Roshchin: The telegram came today.', { label: 'Ambassador Roshchin:', name: 'Roshchin', title: 'Ambassador', labelStart: 0, contentStart: 21 }],
    ['General MacArthur:', { label: 'General MacArthur:', name: 'MacArthur', title: 'General', labelStart: 0, contentStart: 18 }],
    ['Secretary Acheson: Quite so.', { label: 'Secretary Acheson:', name: 'Acheson', title: 'Secretary', labelStart: 0, contentStart: 19 }],
    ['Secretary of State Acheson: Quite so.', { label: 'Secretary of State Acheson:', name: 'Acheson', title: 'Secretary of State', labelStart: 0, contentStart: 28 }],
    ['Cde. Gao Gang: Manchuria needs coal.', { label: 'Cde. Gao Gang:', name: 'Gao Gang', title: 'Cde.', labelStart: 0, contentStart: 15 }],
    ['COMRADE GENERAL ROSHCHIN: Agreed.', { label: 'COMRADE GENERAL ROSHCHIN:', name: 'ROSHCHIN', title: 'COMRADE GENERAL', labelStart: 0, contentStart: 26 }],
  ])('%j', (line, expected) => {
    expect(matchSpeaker(line)).toEqual(expected);
  });

  it('reads a label with no space after the colon', () => {
    expect(matchSpeaker('Comrade Stalin:It should be established.')).toEqual({
      label: 'Comrade Stalin:', name: 'Stalin', title: 'Comrade', labelStart: 0, contentStart: 15,
    });
  });

  it('skips leading spaces and no-break spaces before the label', () => {
    expect(matchSpeaker(' Stalin: We have to evaluate.')).toMatchObject({ label: 'Stalin:', labelStart: 1, contentStart: 9 });
    expect(matchSpeaker(`${NBSP}Stalin: We have to evaluate.`)).toMatchObject({ label: 'Stalin:', labelStart: 1, contentStart: 9 });
    expect(matchSpeaker(`${NBSP} ${NBSP}Mao Zedong: Agreed.`)).toMatchObject({ name: 'Mao Zedong', labelStart: 3, contentStart: 15 });
  });

  it('skips runs of spaces and no-break spaces after the colon', () => {
    expect(matchSpeaker('Stalin:  Only Sinkiang?')?.contentStart).toBe(9);
    expect(matchSpeaker(`Stalin:${NBSP} Only Sinkiang?`)?.contentStart).toBe(9);
    expect(matchSpeaker(`Comrade${NBSP}Stalin:${NBSP}Yes.`)).toEqual({
      label: `Comrade${NBSP}Stalin:`, name: 'Stalin', title: 'Comrade', labelStart: 0, contentStart: 16,
    });
  });

  it('keeps a space before the colon in the label as written', () => {
    expect(matchSpeaker('Stalin : Surely.')).toEqual({ label: 'Stalin :', name: 'Stalin', labelStart: 0, contentStart: 9 });
  });

  it('reads names with hyphens, apostrophes, initials and editorial brackets', () => {
    expect(matchSpeaker('Chiang Kai-shek: No.')).toMatchObject({ name: 'Chiang Kai-shek', contentStart: 17 });
    expect(matchSpeaker('Li Fu-Chun: The plan is ready.')).toMatchObject({ name: 'Li Fu-Chun' });
    expect(matchSpeaker("O'Neill: Indeed.")).toMatchObject({ name: "O'Neill" });
    expect(matchSpeaker('I. V. Stalin: Well.')).toMatchObject({ name: 'I. V. Stalin', label: 'I. V. Stalin:' });
    expect(matchSpeaker('A[pollon] Petrov: I asked.')).toMatchObject({ name: 'Apollon Petrov', label: 'A[pollon] Petrov:' });
    expect(matchSpeaker('[Nikolai] Roshchin: Perhaps.')).toMatchObject({ name: 'Nikolai Roshchin' });
    expect(matchSpeaker('Com[rade] Roshchin: Perhaps.')).toMatchObject({ name: 'Roshchin', title: 'Com[rade]' });
    expect(matchSpeaker('Filippov [Stalin]: Good.')).toMatchObject({ name: 'Filippov', label: 'Filippov [Stalin]:', contentStart: 19 });
    expect(matchSpeaker('Charles de Gaulle: Non.')).toMatchObject({ name: 'Charles de Gaulle' });
  });

  it('reads a label set in bold, without the markup', () => {
    expect(matchSpeaker('**Stalin:** Surely.')).toEqual({ label: 'Stalin:', name: 'Stalin', labelStart: 2, contentStart: 12 });
    expect(matchSpeaker('**Comrade Stalin**: Surely.')).toEqual({
      label: 'Comrade Stalin:', name: 'Stalin', title: 'Comrade', labelStart: 2, contentStart: 20,
    });
  });

  it('keeps a remark in parentheses in the label and gives its offsets', () => {
    const line = 'Comrade Mao Zedong (smiling): That is the basis.';
    const m = matchSpeaker(line);
    expect(m).toEqual({
      label: 'Comrade Mao Zedong (smiling):', name: 'Mao Zedong', title: 'Comrade', labelStart: 0, contentStart: 30,
      stage: { start: 20, end: 27 },
    });
    expect(line.slice(m?.stage?.start, m?.stage?.end)).toBe('smiling');
    expect(matchSpeaker('Stalin (to Molotov): Write it down.')?.stage).toEqual({ start: 8, end: 18 });
  });

  it('matches interview labels with a review', () => {
    expect(matchSpeaker('Q: When did you arrive?')).toEqual({
      label: 'Q:', name: 'Q', labelStart: 0, contentStart: 3, review: 'interview style label "Q:"',
    });
    expect(matchSpeaker('A: In May.')).toMatchObject({ name: 'A', review: 'interview style label "A:"' });
    expect(matchSpeaker('Question: Why?')).toMatchObject({ name: 'Question', review: 'interview style label "Question:"' });
  });

  it('matches a role label without a personal name, with a review', () => {
    expect(matchSpeaker('The President: We will see.')).toEqual({
      label: 'The President:', name: 'President', labelStart: 0, contentStart: 15, role: true,
      review: 'role label without a personal name "The President:"',
    });
    expect(matchSpeaker('The Soviet Ambassador: Certainly.')).toMatchObject({ name: 'Soviet Ambassador', role: true });
    expect(matchSpeaker('Premier: Welcome.')).toMatchObject({ name: 'Premier', role: true });
    expect(matchSpeaker('Comrade: yes.')).toBeNull();
  });
});

describe('matchSpeaker: what is not a speaker', () => {
  it.each([
    'Also present at the meeting were: Comrades Molotov, Malenkov and Fedorenko.',
    'Present at the meeting were:',
    'Those present: Molotov, Vyshinskii.',
    'Citation:',
    '**Citation:**',
    'Summary:',
    'Original Language:',
    'Note: the second page is missing.',
    'Copies: Stalin (2)',
    'Received: 13 April',
    'Attention: Comrade Molotov',
    'From: Beijing',
    'To: Moscow',
    'To sum up, we have left some room: the reply is unofficial.',
    '1. About the credit: the sum is agreed.',
    'In response to these words of Cde. Stalin Cde. Liu Shaoqi said: in China there are foreign specialists.',
    'We said: During the first cooperation we were not prepared.',
    'Mao Zedong said: "One cannot say that."',
    'Comrades Molotov and Malenkov: present.',
    'Thus: the question is closed.',
    'https://digitalarchive.example.org/document/122809',
    'The meeting began at 10:30 and ended at noon.',
    'At 10:30 the delegation arrived.',
    'He asked: what is to be done?',
    'Comrade: yes.',
    '',
    '   ',
  ])('%j', (line) => {
    expect(matchSpeaker(line)).toBeNull();
  });

  it('refuses names of more than five words', () => {
    expect(matchSpeaker('Alpha Beta Gamma Delta Epsilon: yes.')).not.toBeNull();
    expect(matchSpeaker('Alpha Beta Gamma Delta Epsilon Zeta: yes.')).toBeNull();
  });
});

describe('matchPersonName and countTitleWords', () => {
  it('reads a title and a name', () => {
    expect(matchPersonName('Comrade Mao Zedong')).toEqual({ title: 'Comrade', name: 'Mao Zedong' });
    expect(matchPersonName('Cde. V. M. Molotov')).toEqual({ title: 'Cde.', name: 'V. M. Molotov' });
    expect(matchPersonName('Kovalev')).toEqual({ name: 'Kovalev' });
    expect(matchPersonName('A. N.')).toBeNull();
    expect(matchPersonName('the delegation')).toBeNull();
  });

  it('counts the title words a text opens with', () => {
    expect(countTitleWords('Ambassador of the USSR in China')).toBe(1);
    expect(countTitleWords('Deputy Minister of Foreign Affairs')).toBe(2);
    expect(countTitleWords('Mr. Ambassador')).toBe(2);
    expect(countTitleWords(`Comrade${NBSP}General Roshchin`)).toBe(2);
    expect(countTitleWords('He put')).toBe(0);
  });
});

describe('matchSpeaker: the period form of minutes', () => {
  it.each([
    ['MAO ZEDONG. We agree.', 'MAO ZEDONG.', 'MAO ZEDONG'],
    ['N.S. KHRUSHCHEV. Yes, that is so.', 'N.S. KHRUSHCHEV.', 'N.S. KHRUSHCHEV'],
    // A capitalised name in the period form only when the gazetteer knows the person.
    ['Stalin. The question is settled.', 'Stalin.', 'Stalin'],
  ])('%s', (line, label, name) => {
    expect(matchSpeaker(line)).toMatchObject({ label, name, form: 'period' });
  });
  it.each([
    'II. Representatives of the Guomindang are afraid.',
    'Taiyuan. The forces of the 11th region are concentrated.',
    'TOP SECRET. The following was agreed.',
    'V. MOLOTOV',
  ])('not a turn: %s', (line) => {
    expect(matchSpeaker(line)).toBeNull();
  });
});

describe('matchSpeaker: names as real labels write them', () => {
  it('a title with the name supplied in brackets speaks for that name', () => {
    expect(matchSpeaker('Chairman [Mao Zedong]: Welcome.')).toMatchObject({ label: 'Chairman [Mao Zedong]:', name: 'Mao Zedong', title: 'Chairman' });
  });
  it('initials after a surname written first in capitals', () => {
    expect(matchSpeaker('KHRUSHCHEV N.S.: Let us begin.')).toMatchObject({ name: 'KHRUSHCHEV N.S.' });
  });
  it('a capitalised particle is a name ("Du Mu"), a lower-case one is not at the start', () => {
    expect(matchSpeaker('Du Mu: My respects.')).toMatchObject({ name: 'Du Mu' });
    expect(matchSpeaker('de Gaulle: Yes.')).toBeNull();
  });
});

describe('findInlineSpeakers: turns a copy ran together on one line', () => {
  it('finds the labels after a sentence end, with where each starts', () => {
    const text = 'The talk began at noon. Pham Van Dong: We agree. Mao Zedong: Good. Then the guests left at: three.';
    expect(findInlineSpeakers(text).map((m) => [m.at, m.label, m.name])).toEqual([
      [text.indexOf('Pham'), 'Pham Van Dong:', 'Pham Van Dong'],
      [text.indexOf('Mao'), 'Mao Zedong:', 'Mao Zedong'],
    ]);
  });
  it('finds no label inside a sentence', () => {
    expect(findInlineSpeakers('He spoke of the position of Mao Zedong: it was firm.')).toEqual([]);
  });
});

describe('matchSpeaker: short names a label declares', () => {
  it.each([
    ['Chairman Kim Il Sung (hereafter shortened to Kim): Welcome.', 'Kim'],
    ['Comrade Ulbricht [henceforth referred to as Ulbricht]: Yes.', 'Ulbricht'],
    ['Premier Zhou Enlai (to be abbreviated as Zhou): Good.', 'Zhou'],
    ['Prime Minister Pham Van Dong (hereafter, Pham): We agree.', 'Pham'],
    ['Premier Kim Il Sung [henceforth referred to as Kim]. We raised two points.', 'Kim'],
  ])('%s', (line, alias) => {
    expect(matchSpeaker(line)?.alias).toBe(alias);
  });
});

describe('matchSpeaker: names the editor completed in brackets', () => {
  it.each([
    ['[Yang Shangkun]: I gladly accept.', 'Yang Shangkun'],
    ['Y[ang Shangkun]: Let us act.', 'Yang Shangkun'],
    ['M.S. [Gorbachev]: You are right.', 'M.S. Gorbachev'],
  ])('%s', (line, name) => {
    expect(matchSpeaker(line)).toMatchObject({ name });
  });
  it('a bracket the label opens and does not close is no name', () => {
    expect(matchSpeaker('[Translator’s Note: Although the date is not given, the record is of 1950.]')).toBeNull();
  });
});
