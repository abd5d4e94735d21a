import { validationMessage } from './validationMessages';
import { invalidResult, VALID_RESULT } from './validationResult';
import type { ValidationResult } from './validationResult';

/**
 * Checks the reason typed in the 撤销 dialog ("填写撤销单据原因，填写完毕后，点击左下角“确认”按钮"):
 * not blank.
 */
export function validateCancelReason(reason: string): ValidationResult {
  return reason.trim() === '' ? invalidResult(validationMessage('cancelReason')) : VALID_RESULT;
}
