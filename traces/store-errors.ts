/** A turn with this (conversationId, index) is already stored; nothing from the rejected commit was written. */
export class DuplicateTurnError extends Error {
  constructor(
    readonly conversationId: string,
    readonly index: number,
    options?: ErrorOptions,
  ) {
    super(`turn ${index} of conversation ${conversationId} is already stored; nothing was written`, options);
    this.name = "DuplicateTurnError";
  }
}

/** A write referred to a conversation that was never created; nothing from it was written. */
export class UnknownConversationError extends Error {
  constructor(
    readonly conversationId: string,
    options?: ErrorOptions,
  ) {
    super(`conversation ${conversationId} does not exist; create it before writing to it`, options);
    this.name = "UnknownConversationError";
  }
}
