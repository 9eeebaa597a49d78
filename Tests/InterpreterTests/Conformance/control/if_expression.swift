func classify(_ loss: Double) -> String {
    if loss < 0.1 { "converged" } else if loss < 1 { "training" } else { "diverging" }
}
let lr = 0.5
let schedule = if lr > 0.1 { "decay" } else { "constant" }
let factor: Double = if lr > 0.1 { 0.5 } else { 1 }
print(classify(0.05), classify(0.5), classify(3), schedule, factor)
// expect: converged training diverging decay 0.5
