import { Fragment } from "react";

/** An identifier that may wrap after "_" and "." on narrow screens ("booking.<wbr>collecting"). */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[_.])/);
  return (
    <>
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string, in order
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </>
  );
}
