/// What K-FAC needs from one fully connected layer on one mini-batch: the layer's inputs aᵢ (B×nᵢₙ)
/// and the gradients gᵢ = ∂ℓᵢ/∂zᵢ of each sample's own loss with respect to the layer's pre-activations
/// (B×nₒᵤₜ). The layer's weight gradient is (1/B) Σᵢ gᵢ aᵢᵀ.
public struct LayerStatistics: Sendable {
    /// aᵢ, one row per sample.
    public let inputs: Matrix
    /// gᵢ, one row per sample.
    public let outputGradients: Matrix
}
