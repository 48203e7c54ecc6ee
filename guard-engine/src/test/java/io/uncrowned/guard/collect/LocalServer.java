package io.uncrowned.guard.collect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP server on 127.0.0.1 and a free port, for fetcher tests. Close it after the test. */
final class LocalServer implements AutoCloseable {
  final HttpServer server;
  final List<String> userAgents = new CopyOnWriteArrayList<>();

  LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.start();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  LocalServer page(String path, String contentType, String body) {
    return page(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  LocalServer page(String path, String contentType, byte[] body) {
    server.createContext(
        path,
        ex -> {
          userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
          ex.getResponseHeaders().set("Content-Type", contentType);
          send(ex, 200, body);
        });
    return this;
  }

  LocalServer redirect(String path, String location) {
    server.createContext(
        path,
        ex -> {
          ex.getResponseHeaders().set("Location", location);
          send(ex, 302, new byte[0]);
        });
    return this;
  }

  LocalServer status(String path, int status) {
    server.createContext(path, ex -> send(ex, status, "no such page".getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
