/**
 * Canonical entities: mentions merged under one identity per real-world actor, aliases resolved.
 *
 * <p>Entry point: {@code new EntityLinker(Countries.fromGeoNames(countryInfoTxt), Demonyms.bundled())}
 * once, then {@code linker.link(article.text(), annotator.annotate(article.text(), article.language()))}
 * per article. Country names and capitals come from GeoNames (CC BY 4.0, attribute "GeoNames").
 */
package io.uncrowned.guard.understand.entities;
