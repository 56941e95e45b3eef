"""baoku's evaluation harness: page sets from real articles, the scorer, baselines, reports and the gate."""
