package io.uncrowned.guard.understand.places.gazetteer;

import io.uncrowned.guard.understand.places.GazetteerException;
import java.net.URI;
import java.nio.file.Path;

/**
 * A GeoNames download failed: the server refused it, the file's checksum did not match, or a zip was
 * corrupt. The installed gazetteer, if any, is left as it was.
 */
public class GazetteerDownloadException extends GazetteerException {
  private static final long serialVersionUID = 1L;
  private final transient URI uri;
  private final int statusCode;

  /**
   * @param location the data folder being installed into
   * @param uri the file that failed
   * @param statusCode the HTTP status, or -1 when the failure was not an HTTP status
   */
  public GazetteerDownloadException(Path location, URI uri, int statusCode, String message, Throwable cause) {
    super(location, message, cause);
    this.uri = uri;
    this.statusCode = statusCode;
  }

  public URI uri() {
    return uri;
  }

  /** The HTTP status, or -1 when the failure was a checksum, a corrupt zip or the network. */
  public int statusCode() {
    return statusCode;
  }
}
