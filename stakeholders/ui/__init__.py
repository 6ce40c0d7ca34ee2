"""The desktop window: main window, canvas, panels, dialogs and the editor behind them."""
