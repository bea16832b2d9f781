package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.messages.request.HistoryRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cells run in this kernel (those with {@code store_history}), and the three ways
 * history_request looks them up: the last n, a range of cell numbers, or a glob search.
 *
 * <p>Only the current session is kept (nothing is written to disk), so it is session number
 * {@link #SESSION}; session 0 means "the current one" as in IPython, any other session is empty.
 */
final class CellHistory {
    static final int SESSION = 1;

    private record Cell(int number, String input, String output) {
    }

    private final List<Cell> cells = new ArrayList<>();

    /** @param output the text/plain form of the cell's result, or null */
    synchronized void add(int number, String input, String output) {
        cells.add(new Cell(number, input, output));
    }

    /** The reply's {@code history}: {@code [session, number, input]} or {@code [session, number, [input, output]]}. */
    synchronized List<List<Object>> answer(HistoryRequest request) {
        List<Cell> found;
        if (request instanceof HistoryRequest.Tail) {
            found = last(cells, ((HistoryRequest.Tail) request).getMaxReturnLength());
        } else if (request instanceof HistoryRequest.Range) {
            HistoryRequest.Range range = (HistoryRequest.Range) request;
            found = range(range.getSessionIndex(), range.getStart(), range.getStop());
        } else {
            HistoryRequest.Search search = (HistoryRequest.Search) request;
            found = search(search.getPattern(), search.filterUnique(), search.getMaxReturnLength());
        }
        List<List<Object>> history = new ArrayList<>();
        for (Cell cell : found) {
            Object entry = request.includeOutput() ? Arrays.asList(cell.input(), cell.output()) : cell.input();
            history.add(Arrays.asList(SESSION, cell.number(), entry));
        }
        return history;
    }

    /** Cells numbered from {@code start} up to but not including {@code stop} (0: to the end). */
    private List<Cell> range(int session, int start, int stop) {
        List<Cell> found = new ArrayList<>();
        if (session != 0 && session != SESSION) {
            return found;
        }
        for (Cell cell : cells) {
            if (cell.number() >= start && (stop <= 0 || cell.number() < stop)) {
                found.add(cell);
            }
        }
        return found;
    }

    /** Cells whose whole input matches the glob ({@code *}, {@code ?}, {@code [abc]}, {@code [!abc]}); the last n (0: all). */
    private List<Cell> search(String glob, boolean unique, int n) {
        Pattern pattern = globToRegex(glob == null ? "*" : glob);
        Map<String, Cell> matches = new LinkedHashMap<>();
        int i = 0;
        for (Cell cell : cells) {
            if (pattern.matcher(cell.input()).matches()) {
                // unique: an input seen again replaces its earlier entry and moves to the end
                String key = unique ? cell.input() : String.valueOf(i++);
                matches.remove(key);
                matches.put(key, cell);
            }
        }
        return last(new ArrayList<>(matches.values()), n);
    }

    private static List<Cell> last(List<Cell> list, int n) {
        return n <= 0 || n >= list.size() ? new ArrayList<>(list) : new ArrayList<>(list.subList(list.size() - n, list.size()));
    }

    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inClass = false;
        char previous = 0;
        for (char c : glob.toCharArray()) {
            if (inClass) {
                // [!abc] is the glob (and SQLite GLOB, which IPython uses) for [^abc]
                regex.append(c == '\\' ? "\\\\" : c == '!' && previous == '[' ? "^" : String.valueOf(c));
                inClass = c != ']';
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[') {
                regex.append('[');
                inClass = true;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
            previous = c;
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
