package org.cync.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BootCommandScriptTest {

  @Test
  void commandsAreSplitIntoNameAndArgumentsSkippingCommentsAndBlankLines() {
    List<BootCommand> commands =
        BootCommandScript.parse(
            "# comment\n\n  create-jdbc-resource --connectionpoolid=p jdbc/x  \r\nset-batch-runtime-configuration --x=1\n",
            "f",
            name -> null);
    assertEquals(2, commands.size());
    assertEquals("create-jdbc-resource", commands.get(0).name());
    assertEquals(List.of("--connectionpoolid=p", "jdbc/x"), commands.get(0).arguments());
    assertEquals(3, commands.get(0).line());
    assertEquals(4, commands.get(1).line());
  }

  @Test
  void variablesAreReplacedAndAnUnknownOneNamesFileAndLine() {
    List<BootCommand> commands =
        BootCommandScript.parse("cmd --property=db=${dir}/derby x", "f", Map.of("dir", "/d")::get);
    assertEquals(List.of("--property=db=/d/derby", "x"), commands.get(0).arguments());

    StartupProblem problem =
        assertThrows(
            StartupProblem.class,
            () -> BootCommandScript.parse("\ncmd ${nope}", "boot.asadmin", n -> null));
    assertEquals(
        "boot.asadmin line 2: ${nope} is not set; fix the file or set it.", problem.getMessage());
  }

  @Test
  void theShippedBootFileCreatesBothStoresUnderTheDataDirectory() throws IOException {
    String text = Files.readString(Path.of("server-config", CyncLauncher.BOOT_FILE));
    List<BootCommand> commands =
        BootCommandScript.parse(text, "server-config", Map.of("cync.data.dir", "/data")::get);
    List<String> texts = commands.stream().map(BootCommand::text).toList();
    assertTrue(
        texts.stream()
            .anyMatch(t -> t.endsWith("jdbc/cync") && t.startsWith("create-jdbc-resource")));
    assertTrue(
        texts.stream()
            .anyMatch(t -> t.contains("EmbeddedXADataSource") && t.contains("/data/derby")));
    assertTrue(
        texts.stream()
            .anyMatch(
                t -> t.contains("org.h2.jdbcx.JdbcDataSource") && t.contains("/data/batch/jobs")));
    assertTrue(
        texts.contains(
            "set-batch-runtime-configuration --dataSourceLookupName=jdbc/cync-batch"
                + " --tablePrefix=JBATCH --executorServiceLookupName=concurrent/cync-batch"),
        "the table prefix OrphanedRunRecovery relies on, and the threads for mailbox partitions");
    assertTrue(
        texts.stream()
            .anyMatch(
                t ->
                    t.startsWith("create-managed-executor-service")
                        && t.contains("--corepoolsize=260")
                        && t.endsWith("concurrent/cync-batch")),
        "a pool that grows to the partitions (core = max: a queue-first pool never grows)");
  }

  @Test
  void aWindowsOrBlankDataDirectoryStaysOneArgumentAndIsEscapedInsidePoolProperties() {
    String dir = "C:\\Program Data\\CYNC";
    List<BootCommand> commands =
        BootCommandScript.parse(
            "create-jdbc-connection-pool --property=URL=jdbc\\:h2\\:file\\:${d}/batch/jobs p\n"
                + "set a.tx-log-dir=${d}/transactions",
            "f",
            Map.of("d", dir)::get);
    assertEquals(
        List.of("--property=URL=jdbc\\:h2\\:file\\:C\\:\\\\Program Data\\\\CYNC/batch/jobs", "p"),
        commands.get(0).arguments());
    assertEquals(List.of("a.tx-log-dir=" + dir + "/transactions"), commands.get(1).arguments());
    assertEquals("a\\=b\\;c", BootCommandScript.escapedForProperty("a=b;c"));
  }
}
