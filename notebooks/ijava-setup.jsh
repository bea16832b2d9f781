// For running the kit's notebooks on IJava (conda-forge's `ijava`) instead of the kit's own kernel,
// which does all of this by itself. Put the library on IJava's class path, then load this file,
// in a first cell (paths from notebooks/, as in the README's IJava section):
//
//   %jars ../lib/target/nonlinear-lib-0.1.0-SNAPSHOT.jar ../lib/target/dependency/*.jar
//   %load ijava-setup.jsh
//
// From notebooks/assignments/ put one more ../ in front of each path (so %load ../ijava-setup.jsh).
//
// It imports what the kit's kernel imports into every notebook and lets IJava show charts, tables,
// images, quiz cards and live training displays inline.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import java.io.*;
import java.nio.file.*;
import java.math.*;
import dev.nonlinear.activation.*;
import dev.nonlinear.tensor.*;
import dev.nonlinear.data.*;
import dev.nonlinear.layer.*;
import dev.nonlinear.loss.*;
import dev.nonlinear.optim.*;
import dev.nonlinear.train.*;
import dev.nonlinear.gradcheck.*;
import dev.nonlinear.plot.*;
import dev.nonlinear.trace.*;
import dev.nonlinear.quiz.*;
import dev.nonlinear.display.*;
import dev.nonlinear.widgets.*;
import dev.nonlinear.lab.*;
import dev.nonlinear.playground.*;
import tech.tablesaw.api.*;
import org.knowm.xchart.*;

if (dev.nonlinear.display.KernelDisplays.installIntoIJava()) {
    System.out.println("Nonlinear is ready: charts, tables and quizzes will show inline.");
    // IJava's installer starts Java without --add-modules=jdk.incubator.vector; the README says how to add it.
    System.out.println("Matrix products: " + (Products.vectorized() ? "vector" : "scalar") + " (" + Products.backend() + ")"
            + (Products.vectorized() ? "" : ", 3-4x slower than with the Vector API (see the README's IJava section)"));
} else {
    System.out.println("No IJava kernel found: the kit's own kernel (\"Java (Nonlinear)\") needs no setup cell.");
}
