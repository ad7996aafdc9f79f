/** A reporting period: rows dated in (since, asOf] are "in period"; everything up to asOf counts. */
export interface Period {
  since: string;
  asOf: string;
}
