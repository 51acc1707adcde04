"""The main window, its menus and the app start-up."""
