// Horizontal bars with their numbers written out, so every plot is also readable as text.
export interface Bar {
  key: string;
  label: string;
  value: number;
  /** A second series drawn under the first (e.g. offers under needs). */
  second?: number;
}

/**
 * `columns` heads the label and number columns: a screen reader moving down the number column hears what it counts
 * ("Matches"), not only the row's label. The bars' column is drawn for the eye alone, in every row including the head,
 * so the columns a screen reader counts stay aligned with their headers.
 */
export function Bars({ bars, caption, columns, legend }: { bars: readonly Bar[]; caption: string; columns: readonly [string, string]; legend?: [string, string] }) {
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.value, bar.second ?? 0)));
  return (
    <figure className="bars">
      <figcaption>{caption}{legend && <span className="small" aria-hidden="true"> — <span className="swatch swatch-a" /> {legend[0]} <span className="swatch swatch-b" /> {legend[1]}</span>}</figcaption>
      <table>
        <thead>
          <tr>
            <th scope="col">{columns[0]}</th>
            <th scope="col" className="numeric">{columns[1]}</th>
            <td aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key} data-bar={bar.key}>
              <th scope="row">{bar.label}</th>
              <td className="numeric">{bar.value}{bar.second !== undefined && ` / ${bar.second}`}</td>
              <td className="bar-cell" aria-hidden="true">
                <span className="bar bar-needs" style={{ width: `${(bar.value / max) * 100}%` }} />
                {bar.second !== undefined && <span className="bar bar-offers" style={{ width: `${(bar.second / max) * 100}%` }} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
