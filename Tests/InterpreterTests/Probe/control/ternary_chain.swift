for t in [-5.0, 0.0, 12.5, 30.0] {
    let label = t < 0 ? "freezing" : t < 15 ? "cold" : t < 25 ? "mild" : "hot"
    print(t, label)
}
