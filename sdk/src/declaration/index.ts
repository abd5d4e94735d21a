/**
 * Declaration rules of 进境申报单 and 进口申报单: types, field definitions, code tables, the status
 * machine, the submit policy, validators and the daily allowance. Pure and framework-free: the
 * mini-app uses them to guide the user and grey out buttons, the mock backend to enforce.
 */
export { ATTACHED_DOCUMENT_TYPES } from './codeTables/attachedDocumentTypes';
export { BUSINESS_MODES } from './codeTables/businessModes';
export type { BusinessModeCode } from './codeTables/businessModes';
export { CERTIFICATE_FLAGS } from './codeTables/certificateFlags';
export { formatCode } from './codeTables/codeEntry';
export type { CodeEntry } from './codeTables/codeEntry';
export { CODE_TABLE_LABELS, CODE_TABLES, findCode } from './codeTables/codeTables';
export type { CodeTableName } from './codeTables/codeTables';
export { COUNTRIES } from './codeTables/countries';
export { CURRENCIES, RMB_CURRENCY_CODE } from './codeTables/currencies';
export { CUSTOMS_DISTRICTS, headCustomsCode } from './codeTables/customsDistricts';
export {
  DECLARANT_CATEGORIES,
  DECLARANT_CATEGORY_OF_ROLE,
  isRepresentative,
} from './codeTables/declarantCategories';
export type { DeclarantCategoryCode, SubmitterRole } from './codeTables/declarantCategories';
export {
  DECLARATION_STATUSES,
  formatStatus,
  parseStatus,
  statusEntry,
} from './codeTables/declarationStatuses';
export type { DeclarationStatus, StatusEntry } from './codeTables/declarationStatuses';
export { DECLARATION_TYPES } from './codeTables/declarationTypes';
export { GOODS_FLOWS } from './codeTables/goodsFlows';
export { MEASUREMENT_UNITS } from './codeTables/measurementUnits';
export { QUALIFICATION_TYPES } from './codeTables/qualificationTypes';
export { TRANSPORT_MODES } from './codeTables/transportModes';
export type { TransportModeCode } from './codeTables/transportModes';
export { TRANSPORT_TOOL_TYPES } from './codeTables/transportToolTypes';
export { searchCodes } from './searchCodes';
export type { SearchableEntry, SearchCodesOptions } from './searchCodes';
export type { DeclarantInfo, SystemEcho } from './systemEcho';
export type {
  AttachedDocument,
  EntrustedResident,
  EntrustedResidentInput,
  GoodsLine,
  GoodsQualification,
  VehicleInfo,
} from './declarationParts';
export type {
  EntryDeclaration,
  EntryDeclarationHeader,
  EntryDeclarationHeaderEcho,
  EntryDeclarationHeaderInput,
  EntryDeclarationInput,
} from './entryDeclaration';
export type {
  ImportDeclaration,
  ImportDeclarationHeader,
  ImportDeclarationHeaderEcho,
  ImportDeclarationHeaderInput,
  ImportDeclarationInput,
} from './importDeclaration';
export { isClientWritable } from './fieldDefinition';
export type { DeclarationTab, FieldDefinition, FieldFormat, FieldSource } from './fieldDefinition';
export {
  ATTACHED_DOCUMENT_FIELDS,
  ENTRY_DECLARATION_FIELDS,
  GOODS_QUALIFICATION_FIELDS,
  VEHICLE_FIELDS,
} from './entryDeclarationFields';
export { ENTRUSTED_RESIDENT_FIELDS } from './entrustedResidentFields';
export { GOODS_LINE_FIELDS } from './goodsLineFields';
export { IMPORT_DECLARATION_FIELDS } from './importDeclarationFields';
export { DECLARATION_LAYOUTS, LIST_TITLES } from './declarationLayout';
export type { DeclarationLayout, DetailTabLayout, ListPart } from './declarationLayout';
export {
  allowedActions,
  allowedEvents,
  canPerform,
  DECLARATION_ACTION_LABELS,
  DECLARATION_ACTIONS,
  DELETED,
  nextStatus,
  STATUS_ACTIONS,
  STATUS_TRANSITIONS,
} from './statusMachine';
export type { DeclarationAction, DeclarationEvent, NextStatus, StatusTransition } from './statusMachine';
export { RAIL_OR_WATER_TRANSPORT_MODES, submitContextOf, submitPolicy } from './submitPolicy';
export type { DeclarationKind, SubmitCheck, SubmitContext, SubmitPolicy } from './submitPolicy';
export { authenticationProgress, canResidentAuthenticate } from './authenticationProgress';
export type { AuthenticationProgress } from './authenticationProgress';
export {
  ALLOWANCE_COUNTED_STATUSES,
  allowanceShares,
  checkDailyAllowance,
  DAILY_ALLOWANCE_CENTS,
  dailyAllowanceUsage,
  toRmbCents,
} from './dailyAllowance';
export type {
  AllowanceCheck,
  AllowanceDeclaration,
  AllowanceShare,
  DailyAllowanceOptions,
  ExchangeRates,
  ResidentAllowance,
  ResidentAllowanceCheck,
} from './dailyAllowance';
export { chinaDay, isCalendarDate } from './chinaDay';
export { mulDivRoundHalfUp, parseScaledDecimal } from './scaledDecimal';
export { VALIDATION_MESSAGES, validationMessage } from './validators/validationMessages';
export type { ValidationMessageKey } from './validators/validationMessages';
export { invalidResult, VALID_RESULT } from './validators/validationResult';
export type { ValidationResult } from './validators/validationResult';
export { idNumberCheckDigit, validateIdNumber } from './validators/validateIdNumber';
export type { ValidateIdNumberOptions } from './validators/validateIdNumber';
export { maskIdNumber } from './validators/maskIdNumber';
export { creditCodeCheckCharacter, validateCreditCode } from './validators/validateCreditCode';
export { validatePieceCount } from './validators/validatePieceCount';
export { parseAmountCents, validateAmount } from './validators/validateAmount';
export { parseQuantity, QUANTITY_DECIMALS, validateQuantity } from './validators/validateQuantity';
export { lineTotalCents, validateLineTotal } from './validators/validateLineTotal';
export { validateQuotaTotal } from './validators/validateQuotaTotal';
export { normalizePlateNumber, validatePlateNumber } from './validators/validatePlateNumber';
export { validateCancelReason } from './validators/validateCancelReason';
export { validateFields } from './validators/validateFields';
export type { FieldIssue, ValidateFieldsOptions } from './validators/validateFields';
export { validateDeclarationInput } from './validators/validateDeclarationInput';
export type { DeclarationIssue, DeclarationPart } from './validators/validateDeclarationInput';
export { validateDeclarationSchema, validateDraftShape } from './validators/validateDeclarationSchema';
export type { DeclarationFieldError, SchemaKind } from './validators/validateDeclarationSchema';
export { DeclarationError, isDeclarationError } from '../errors';
export type { DeclarationErrorCode, DeclarationErrorOptions } from '../errors';
export { sampleEntryDeclaration, sampleGoodsLine } from './sampleDeclaration';
