package io.uncrowned.guard.cli;

import io.uncrowned.guard.brief.MiniLmEmbedder;

import io.uncrowned.guard.pipeline.GuardEngine;
import io.uncrowned.guard.pipeline.GuardSettings;
import io.uncrowned.guard.pipeline.ServeOptions;
import io.uncrowned.guard.serve.GuardServer;
import io.uncrowned.guard.serve.adapt.EngineViews;
import io.uncrowned.guard.serve.web.WebUi;
import io.uncrowned.guard.understand.places.gazetteer.GazetteerInstaller;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guard serve}: the JSON API, feeds and web UI over the data folder, until interrupted. */
@Command(
    name = "serve",
    description = "Serve the data folder over HTTP: JSON API under /api/, Atom feeds under /feeds/, web UI."
        + " POST /api/ingest needs the token of setting serve.token (GUARD_SERVE_TOKEN).")
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: setting serve.port, 8080; 0: any free port).")
  Integer port;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: setting serve.host, 127.0.0.1).")
  String host;

  @Option(names = "--allow-private", description = "Let ingested URLs reach private and loopback addresses.")
  boolean allowPrivate;

  @Option(names = "--no-understand", description = "Ingest over HTTP without entities and places.")
  boolean noUnderstand;

  @Override
  public Integer call() throws InterruptedException {
    if (port != null) {
      data.set.put("serve.port", port.toString());
    }
    if (host != null) {
      data.set.put("serve.host", host);
    }
    GuardSettings settings = Engines.settings(data, allowPrivate);
    PrintWriter out = spec.commandLine().getOut();
    try (GuardEngine engine = open(settings, out)) {
      serve(engine, settings.serve(), settings, out);
    }
    return 0;
  }

  /**
   * Serves {@code engine} (API, feeds, web UI with briefs, policy cards and the policy tracker connected)
   * until Ctrl-C or an interrupt; the caller closes the engine afterwards.
   *
   * @throws InterruptedException when the calling thread is interrupted (tests, embedding)
   */
  static void serve(GuardEngine engine, ServeOptions options, GuardSettings settings, PrintWriter out)
      throws InterruptedException {
    // One set of views for the API and the web UI, so both read the same cached policy history.
    // The story pages read the sentence embedder (stories are placed and briefed with it): loaded once here.
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(1)) {
      EngineViews views = EngineViews.of(engine, embedder, Engines.storyWeights(settings));
      GuardServer server = views.connect(GuardServer.builder(engine, options))
          .indexDir(settings.engineConfig().indexDir())
          .routes(List.of(views.connect(WebUi.builder(engine)).build()))
          .build()
          .start();
      serveUntilStopped(engine, server, options, settings, out);
    }
  }

  private static void serveUntilStopped(GuardEngine engine, GuardServer server, ServeOptions options,
      GuardSettings settings, PrintWriter out) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread serving = Thread.currentThread();
    // Ctrl-C: stop taking requests, then let this thread close the engine before the JVM halts.
    Thread hook = new Thread(() -> {
      server.stop();
      stopped.countDown();
      joinQuietly(serving);
    }, "guard-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      out.printf("Serving %s on http://%s:%d/ (%d articles). Ctrl-C stops.%n",
          settings.dataDir(), options.host(), server.port(), engine.indexedDocuments());
      out.flush();
      stopped.await(); // an interrupt (tests, embedding) stops the server as Ctrl-C does
    } finally {
      server.stop();
      removeHook(hook);
    }
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: nothing to remove
    }
  }

  /**
   * Without a token nothing can be ingested over HTTP, so no model is loaded; with one, ingest runs the
   * understanding layer when it is enabled and a gazetteer is installed.
   */
  private GuardEngine open(GuardSettings settings, PrintWriter out) {
    if (!settings.serve().writable()) {
      out.println("No serve.token set: POST /api/ingest is refused (set GUARD_SERVE_TOKEN to enable it).");
      return GuardEngine.openForReading(settings.engineConfig());
    }
    boolean gazetteer = Files.isDirectory(settings.dataDir().resolve(GazetteerInstaller.INDEX_FOLDER));
    if (noUnderstand || !gazetteer) {
      if (!noUnderstand && settings.understand()) {
        out.println("No gazetteer installed: ingested articles get no entities or places"
            + " (`guard gazetteer install` adds one).");
      }
      data.set.put("understand.enabled", "false");
    }
    return Engines.openForIngest(data, allowPrivate);
  }
}
