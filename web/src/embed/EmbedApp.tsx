// The embed page: the timeline band, the selected event's card and a one-line credit; a clear
// message in their place when the source is missing or cannot be loaded or read.
import { useQuery } from '@tanstack/react-query';
import type { CSSProperties } from 'react';
import { articleQuery } from '../app/articleQuery';
import { ProblemMessage } from '../app/ProblemMessage';
import '../app/app.css';
import { EmbedTimeline } from './EmbedTimeline';
import type { EmbedOptions } from './embedOptions';
import './embed.css';

export interface EmbedAppProps {
  options: EmbedOptions;
}

export function EmbedApp({ options }: EmbedAppProps) {
  const style = options.bandHeight ? ({ '--dl-embed-band': `${options.bandHeight}px` } as CSSProperties) : undefined;
  return (
    // main: the frame's whole content is one landmark, so screen readers find nothing outside it.
    <main className={style ? 'dl-embed dl-embed--band' : 'dl-embed'} style={style}>
      {options.src ? (
        <EmbedSource src={options.src} options={options} />
      ) : (
        <ProblemMessage
          title="No article to show"
          message={
            options.rejectedSrc
              ? `The source “${options.rejectedSrc}” is not a web address (http or https).`
              : 'This embed needs the web address of an article or of an events file in its src parameter.'
          }
        />
      )}
    </main>
  );
}

function EmbedSource({ src, options }: { src: string; options: EmbedOptions }) {
  const query = useQuery(articleQuery(src));
  if (query.isPending) {
    return (
      <div className="dl-loading dl-embed__loading" role="status">
        Reading the article and finding its dates…
      </div>
    );
  }
  if (query.isError) {
    return (
      <ProblemMessage
        title="The timeline could not be loaded"
        message={query.error.message}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (!query.data.ok) {
    return <ProblemMessage title="This article could not be read" message={query.data.problem.message} />;
  }
  return <EmbedTimeline article={query.data.parsed} src={src} options={options} />;
}
