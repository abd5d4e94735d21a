import { creditCodeCheckCharacter, idNumberCheckDigit } from '@hushi/sdk';

/** A 身份证号 from its first 17 digits and the GB 11643 check character. */
const idNumber = (first17: string): string => first17 + idNumberCheckDigit(first17);

/** A 统一社会信用代码 from its first 17 characters and the GB 32100 check character. */
const creditCode = (first17: string): string => first17 + creditCodeCheckCharacter(first17);

/** A representative's group: 互助组 or 合作社. */
export interface SeedGroup {
  /** 互助组/合作社编号. */
  code: string;
  /** 互助组/合作社名称. */
  name: string;
  /** 统一社会信用代码 (合作社 only). */
  creditCode?: string;
}

/** One account of the mock single window. All names and numbers are fictional. */
export interface SeedPerson {
  /** Stable person id, the `sub` of face tickets (e.g. 'P0001'). */
  id: string;
  name: string;
  /** 身份证号 with a valid GB 11643 check character. */
  idNumber: string;
  /** 实名认证 of the single-window account. */
  realNameVerified: boolean;
  /** Whether the 边民 identity is filed (备案) on the web end. */
  residentFiled: boolean;
  /** The 互助组 this person represents, if any. */
  mutualAidGroup?: SeedGroup;
  /** The 合作社 this person represents, if any. */
  cooperative?: SeedGroup;
}

/** The seed accounts, by role in the demo. */
export const SEED_PERSONS = {
  /** The main demo 边民: real-name verified, filed. Logs in with {@link DEMO_AUTH_CODE}. */
  resident: {
    id: 'P0001',
    name: '玉香南',
    idNumber: idNumber('53282219880312042'),
    realNameVerified: true,
    residentFiled: true,
  },
  /** A second filed 边民, entrusted on the representatives' declarations with the main one. */
  secondResident: {
    id: 'P0002',
    name: '岩温坎',
    idNumber: idNumber('53282219790605011'),
    realNameVerified: true,
    residentFiled: true,
  },
  /** An account that is not real-name verified: cannot enter ("对个人账号进行实名制"). */
  unverified: {
    id: 'P0003',
    name: '刀新明',
    idNumber: idNumber('53282219950117003'),
    realNameVerified: false,
    residentFiled: false,
  },
  /** Real-name verified, but the 边民 identity is not filed: cannot pick 边民. */
  unfiled: {
    id: 'P0004',
    name: '李春华',
    idNumber: idNumber('53282219920228024'),
    realNameVerified: true,
    residentFiled: false,
  },
  /** A filed 边民 who also represents a 互助组. */
  groupRepresentative: {
    id: 'P0005',
    name: '岩罕章',
    idNumber: idNumber('53282219750909031'),
    realNameVerified: true,
    residentFiled: true,
    mutualAidGroup: { code: 'HZZ5328220001', name: '打洛镇曼山边民互助组' },
  },
  /** A 合作社 representative (not a 边民 himself). */
  cooperativeRepresentative: {
    id: 'P0006',
    name: '王建国',
    idNumber: idNumber('53280119820415051'),
    realNameVerified: true,
    residentFiled: false,
    cooperative: {
      code: 'HZS5328220001',
      name: '勐海县打洛边贸农民专业合作社',
      creditCode: creditCode('93532822MA6K7L8Y0'),
    },
  },
} as const satisfies Readonly<Record<string, SeedPerson>>;

/** Every seed person, by id. */
export const SEED_PERSONS_BY_ID: ReadonlyMap<string, SeedPerson> = new Map(
  Object.values(SEED_PERSONS).map((person): [string, SeedPerson] => [person.id, person]),
);

/** The auth code of the bridge fixture `auth.getSession`: logs in the main demo 边民. */
export const DEMO_AUTH_CODE = 'ac_7Yc2kQ9xLm3P';
