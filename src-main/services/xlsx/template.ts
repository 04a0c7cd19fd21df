import { templateSheets } from '../../core/xlsx/template';
import { registerOf } from '../context';
import { workbookBytes } from './workbook';

/** A register's import template as .xlsx bytes. */
export const registerTemplate = (register: string): Buffer => workbookBytes(templateSheets(registerOf(register)));
