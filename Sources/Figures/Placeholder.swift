public enum FiguresPlaceholder {}
