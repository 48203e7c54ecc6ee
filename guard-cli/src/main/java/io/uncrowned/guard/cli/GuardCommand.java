package io.uncrowned.guard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code guard} command. Exit codes: 0 success, 1 some inputs failed or not found, 2 usage error. */
@Command(
    name = "guard",
    mixinStandardHelpOptions = true,
    version = "Uncrowned Guard 0.1.0",
    description = "Uncrowned Guard: turn news files, feeds and archives into a searchable archive.",
    subcommands = {
      IngestCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      ExtractCommand.class,
      BriefCommand.class,
      StatsCommand.class,
      ReindexCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      GazetteerCommand.class,
      PlacesCommand.class,
      EventsCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      PoliciesCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class GuardCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code, without exiting. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** Runs the command line writing to the given streams: tests call this. */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    return commandLine().setOut(out).setErr(err).execute(args);
  }

  private static CommandLine commandLine() {
    return new CommandLine(new GuardCommand())
        .setExecutionExceptionHandler(
            (ex, cmd, parsed) -> {
              cmd.getErr().println("error: " + oneLine(ex));
              return 1;
            });
  }

  static String oneLine(Throwable ex) {
    String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    return msg.replaceAll("\\s+", " ").strip();
  }
}
