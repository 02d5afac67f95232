/** Off screen and out of the accessibility tree: people never fill it, many robots do. */
export function Honeypot(props: { id: string; value: string; onChange(value: string): void }) {
  return (
    <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
      <label htmlFor={props.id}>Site web (ne pas remplir)</label>
      <input
        id={props.id}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    </div>
  );
}
