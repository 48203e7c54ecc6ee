/**
 * {@code guard eval geoparse}: toponym resolution (and, given an NLP engine, recognition) measured on LGL,
 * GeoWebNews or any corpus in LGL's XML layout, our context resolver beside the population baseline, with
 * acc@161, mean and median error, AUC, span P/R/F1 and the gazetteer's ceiling. GeoNames data, CC BY 4.0.
 */
package io.uncrowned.guard.eval.geoparse;
