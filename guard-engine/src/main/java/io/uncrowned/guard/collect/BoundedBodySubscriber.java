package io.uncrowned.guard.collect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an HTTP body into memory up to a limit, and cancels the download as soon as the limit is passed
 * (or before it starts, when Content-Length already says so), so a huge or endless body never fills the heap.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  private final long limit;
  private final long declaredLength;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  /** @param declaredLength the Content-Length, or -1 when the server sent none */
  BoundedBodySubscriber(long limit, long declaredLength) {
    this.limit = limit;
    this.declaredLength = declaredLength;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (declaredLength > limit) {
      s.cancel();
      result.completeExceptionally(new TooLarge(declaredLength));
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : buffers) {
      if (out.size() + (long) b.remaining() > limit) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(-1));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  /** The body is over the limit; {@link #size()} is its declared size, or -1 when only counting showed it. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long size;

    TooLarge(long size) {
      super("body over the limit");
      this.size = size;
    }

    long size() {
      return size;
    }
  }
}
