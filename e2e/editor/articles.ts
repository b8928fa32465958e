// Two short articles about the same happening, written for the editor's tests.
export const bridgeReport = `Council approves new river bridge after years of delay

By Maria Olsen

14 March 2024

The city council approved the construction of the Elm River bridge on 12 March 2024, ending a dispute that began in 2019.

Mayor Anna Berg said the first piles would be driven in June 2024. The regional transport agency had rejected an earlier design on 3 October 2022.

Work is expected to take two years.`;

export const bridgeFollowUp = `Elm River bridge vote: what happens next

The Valley Courier

15 March 2024

Councillors voted on 12 March 2024 to approve the Elm River bridge, Mayor Anna Berg confirmed.

The contractor, Nordbau, will open a site office in May 2024. Residents first asked for a crossing in 2015.`;

// No date line: "Tuesday" and "last month" count from a publication date the text does not give.
export const ferryUndated = `Ferry service to the islands resumes after storm damage

By Jonas Lind

The island ferry will run again on Tuesday, the harbour office said. The pier was damaged in a storm last month.

The first ferry to the islands sailed in 1952, and the current boat was built in 2011.`;
