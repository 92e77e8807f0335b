/**
 * The error region of a form control: always rendered and polite, so screen readers announce new errors;
 * the control points at it with aria-describedby.
 */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] | undefined }) {
  return (
    <div id={id} aria-live="polite" aria-atomic="true">
      {errors?.map((error) => (
        <p key={error} className="text-sm text-red-700">
          {error}
        </p>
      ))}
    </div>
  );
}
