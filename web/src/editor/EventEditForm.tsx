// Editing one event: its date with its precision, its title and its actors.
import { useState, type FormEvent } from 'react';
import type { EventPatch } from '../library/libraryModel';
import { checkFields, precisions, type EventFields, type Precision } from './eventForm';

export interface EventEditFormProps {
  initial: EventFields;
  submitLabel: string;
  onSave(patch: EventPatch): void;
  onCancel(): void;
}

function adapt(start: string, precision: Precision): string {
  const [year = '', month = '01', day = '01'] = start.split('-');
  if (precision === 'year') return year;
  if (precision === 'month') return `${year}-${month}`;
  if (precision === 'day') return `${year}-${month}-${day}`;
  return start;
}

export function EventEditForm({ initial, submitLabel, onSave, onCancel }: EventEditFormProps) {
  const [fields, setFields] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<EventFields>) => setFields((current) => ({ ...current, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkFields(fields);
    if (!checked.ok) {
      setProblem(checked.message);
      return;
    }
    onSave(checked.patch);
  };

  const { precision } = fields;
  const startType = precision === 'month' ? 'month' : precision === 'day' ? 'date' : 'text';
  return (
    <form className="dl-edit" onSubmit={submit} aria-label="Edit event">
      <label className="dl-field">
        <span className="dl-field__label">Precision</span>
        <select
          className="dl-field__input"
          value={precision}
          onChange={(event) => {
            const next = event.target.value as Precision;
            set({ precision: next, start: adapt(fields.start, next) });
          }}
        >
          {precisions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <div className="dl-edit__dates">
        <label className="dl-field">
          <span className="dl-field__label">{precision === 'range' || precision === 'open' ? 'From' : 'Date'}</span>
          <input
            className="dl-field__input"
            type={startType}
            value={fields.start}
            placeholder={precision === 'year' ? '2021' : '2021-07 or 2021-07-15'}
            onChange={(event) => set({ start: event.target.value })}
          />
        </label>
        {precision === 'range' && (
          <label className="dl-field">
            <span className="dl-field__label">To</span>
            <input
              className="dl-field__input"
              type="text"
              value={fields.end}
              placeholder="2021-07 or 2021-07-15"
              onChange={(event) => set({ end: event.target.value })}
            />
          </label>
        )}
      </div>
      <label className="dl-field">
        <span className="dl-field__label">Title</span>
        <input className="dl-field__input" value={fields.title} onChange={(event) => set({ title: event.target.value })} />
      </label>
      <label className="dl-field">
        <span className="dl-field__label">Actors</span>
        <input
          className="dl-field__input"
          value={fields.actors}
          placeholder="Separated by commas"
          onChange={(event) => set({ actors: event.target.value })}
        />
      </label>
      {problem && (
        <p className="dl-dialog__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="dl-dialog__actions">
        <button type="button" className="dl-text-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="dl-primary-button">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
