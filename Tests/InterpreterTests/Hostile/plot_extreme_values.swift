// A subnormal span trapped converting an infinite tick count to Int; a span beyond Double's range
// ran the tick loop without end.
plot([0, 1e-320])
plot([-1.7e308, 1.7e308])
plot([1e-320, 1.7e308], y: .log)
// expect: figure 
// expect: figure 
// expect: figure 
