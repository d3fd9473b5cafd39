import { EMPTY_DRAFT, assessmentContext } from '../../../context/assessment-context.js';
import type { Draft } from '../../../context/assessment-context.js';
import { editorContext } from '../../../context/editor-context.js';
import type { Editor } from '../../../context/editor-context.js';
import type { CSSResultGroup } from 'lit';
import { base } from '../../../styles/base.js';
import { clinician } from '../../../styles/clinician.js';
import { TpiPart, consume } from '../part.js';

/** A part of the clinician's form: it shows the user's draft and edits it through the editor. */
export abstract class TpiFormPart extends TpiPart {
  static override styles: CSSResultGroup = [base, clinician];

  private readonly _draft = consume(this, assessmentContext);
  private readonly _editor = consume(this, editorContext);

  /** The user's entries and the engine's issues with them. */
  protected get draft(): Draft {
    return this._draft.value ?? EMPTY_DRAFT;
  }

  /** The editing API: each call hands a new assessment to the root. */
  protected get editor(): Editor | undefined {
    return this._editor.value;
  }
}
