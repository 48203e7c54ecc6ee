package io.uncrowned.guard.collect;

import java.net.URI;

/** Fetches a page a container links to (a feed item's link, a sitemap URL) and delivers it to the sink. */
interface LinkFollower {
  /**
   * @param input the name to give the document and any problem, e.g. "news.xml item 3"
   * @param hints what the container says about the page
   */
  void follow(String input, URI url, DocumentHints hints, DocumentSink sink);
}
