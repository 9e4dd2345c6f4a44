package dev.interopatlas.app.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Shows a failure as "what could not be done" plus the message, which names the file and the fix. */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    public static Alert show(Window owner, String what, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message(error), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Interop Atlas");
        alert.setHeaderText(what);
        alert.getDialogPane().setId("errorDialog");
        alert.getDialogPane().setMinWidth(480);
        WindowChrome.style(alert, owner);
        alert.show();
        return alert;
    }

    static String message(Throwable error) {
        Throwable t = error;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
