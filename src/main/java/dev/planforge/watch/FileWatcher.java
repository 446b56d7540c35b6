package dev.planforge.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Tells when a file of a set, or any file under one folder tree, is saved. The folders holding
 * the files are watched, not the files: editors save by writing a new file and renaming it over
 * the old one, and a watch on the old file would see nothing after the first save.
 */
final class FileWatcher implements AutoCloseable {

  private final WatchService service;
  private final Consumer<Path> onChange;
  private final Path ignored;
  private final Thread thread;
  private final Map<WatchKey, Path> folders = new HashMap<>(); // guarded by this
  private Set<Path> files = Set.of(); // guarded by this; absolute, normalised
  private Path tree; // guarded by this; absolute, normalised, or null

  /**
   * @param onChange called, on the watcher's thread, with each file that changed (a folder when
   *     the system dropped events and any file in it may have changed)
   * @param ignored a folder whose files count only when named in the set (the outputs', which may be
   *     inside the tree: a render must not cause the next)
   */
  FileWatcher(Consumer<Path> onChange, Path ignored) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.onChange = onChange;
    this.ignored = ignored.toAbsolutePath().normalize();
    this.thread = new Thread(this::run, "planforge-watch-files");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /**
   * Watches {@code files} (replacing the earlier set) and every file under {@code tree} (null for
   * none). A file whose folder does not exist is not watched until a later call.
   */
  synchronized void watch(Set<Path> files, Path tree) throws IOException {
    this.files = Set.copyOf(files);
    this.tree = tree;
    for (Path file : files) {
      Path folder = file.getParent();
      if (folder != null && Files.isDirectory(folder)) {
        register(folder);
      }
    }
    if (tree != null) {
      registerTree(tree);
    }
  }

  private synchronized void register(Path folder) throws IOException {
    if (!folders.containsValue(folder)) {
      folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
    }
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path folder : (Iterable<Path>) all.filter(Files::isDirectory)::iterator) {
        register(folder.toAbsolutePath().normalize());
      }
    }
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = service.take();
        Path folder;
        synchronized (this) {
          folder = folders.get(key);
        }
        for (WatchEvent<?> event : key.pollEvents()) {
          if (folder != null) {
            changed(folder, event);
          }
        }
        if (!key.reset()) {
          synchronized (this) {
            folders.remove(key); // the folder is gone; a later watch() registers it again
          }
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed: the watch is over
    }
  }

  private void changed(Path folder, WatchEvent<?> event) {
    if (event.kind() == OVERFLOW) {
      onChange.accept(folder); // events were lost: anything here may have changed
      return;
    }
    Path file = folder.resolve((Path) event.context());
    boolean inTree;
    boolean watched;
    synchronized (this) {
      inTree = tree != null && file.startsWith(tree) && !file.startsWith(ignored);
      watched = files.contains(file);
    }
    if (inTree && event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
      try {
        registerTree(file); // a new folder of templates: its files count from now on
      } catch (IOException e) {
        // It went again at once, or cannot be read; the render that follows says what it found.
      }
    }
    if (inTree || watched) {
      onChange.accept(file);
    }
  }

  @Override
  public void close() throws IOException {
    service.close(); // ends take() on the watcher's thread
  }
}
